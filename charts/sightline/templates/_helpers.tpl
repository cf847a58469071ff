{{/*
Names: namespaced objects keep the fixed names the operator looks for (the Lease and the
ingest Deployment, Service and ServiceAccount are named in code and in config/rbac);
cluster-scoped RBAC objects carry the release's name so two releases never share one.
*/}}
{{- define "sightline.fullname" -}}
{{- if contains "sightline" .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-sightline" .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* A cluster-scoped name from config/rbac (sightline-…) for this release. */}}
{{- define "sightline.clusterName" -}}
{{- printf "%s%s" (include "sightline.fullname" .root) (trimPrefix "sightline" .name) -}}
{{- end -}}

{{/* Labels Helm adds to every object, beside the object's own. */}}
{{- define "sightline.chartLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/* What selects the operator's Pods; the same in config/default. */}}
{{- define "sightline.selectorLabels" -}}
app.kubernetes.io/name: sightline
app.kubernetes.io/component: operator
{{- end -}}

{{- define "sightline.labels" -}}
{{ include "sightline.selectorLabels" . }}
{{ include "sightline.chartLabels" . }}
{{- end -}}

{{- define "sightline.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) -}}
{{- end -}}

{{/* The Secret and key Sightline reads its database URL from: the bundled database's or the user's. */}}
{{- define "sightline.databaseSecret" -}}
{{- if .Values.database.bundled.enabled -}}
{{- .Values.database.bundled.existingSecret | default "sightline-timescaledb" -}}
{{- else -}}
{{- .Values.database.external.existingSecret -}}
{{- end -}}
{{- end -}}

{{- define "sightline.databaseKey" -}}
{{- if .Values.database.bundled.enabled -}}url{{- else -}}{{ .Values.database.external.urlKey }}{{- end -}}
{{- end -}}
