-- Argo CD health check for the four Sightline kinds (ScrapeTarget, MonitoredService, AlertRule,
-- NotificationChannel), reading the kstatus conditions the operator writes:
--   Healthy      Ready=True for the current generation
--   Progressing  no status yet, an older generation observed, or Reconciling=True
--   Degraded     Stalled=True or Ready=False, with the condition's reason as message
-- Argo CD runs it with gopher-lua (Lua 5.1); test/integration/packaging/argocd-health.test.ts
-- runs it with Debian's lua5.1 on the statuses the operator writes.
local hs = { status = "Progressing", message = "Waiting for the Sightline operator to reconcile" }
if obj.status == nil or obj.status.conditions == nil then
  return hs
end
local generation = obj.metadata.generation
if generation ~= nil and obj.status.observedGeneration ~= nil and obj.status.observedGeneration < generation then
  hs.message = "Waiting for the operator to observe generation " .. generation
  return hs
end
local conditions = {}
for _, c in ipairs(obj.status.conditions) do
  conditions[c.type] = c
end
local function describe(c)
  if c.message ~= nil and c.message ~= "" then
    return c.reason .. ": " .. c.message
  end
  return c.reason
end
local stalled, reconciling, ready = conditions["Stalled"], conditions["Reconciling"], conditions["Ready"]
if stalled ~= nil and stalled.status == "True" then
  return { status = "Degraded", message = describe(stalled) }
end
if reconciling ~= nil and reconciling.status == "True" then
  return { status = "Progressing", message = describe(reconciling) }
end
if ready ~= nil and ready.status == "True" then
  return { status = "Healthy", message = describe(ready) }
end
if ready ~= nil and ready.status == "False" then
  return { status = "Degraded", message = describe(ready) }
end
return hs
