/**
 * The operator's own Deployment, found through the downward API (POD_NAME / POD_NAMESPACE env →
 * the Pod's controlling ReplicaSet → that ReplicaSet's controlling Deployment), so the objects it
 * creates can name it as owner and be garbage-collected with the installation. Outside a cluster
 * (no POD_NAME) there is no owner and the objects carry labels only.
 */
import { AppsV1Api, CoreV1Api, type KubeConfig, type V1OwnerReference } from '@kubernetes/client-node';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';

const log = logger('controller');

/**
 * An ownerReference to the Deployment running this pod, or undefined when not in a Deployment.
 * Not the controller of the objects (the operator reconciles them, not the Deployment) and not
 * blocking the owner's deletion: deleting the installation must never wait on them.
 */
export async function ownDeployment(kc: KubeConfig, env: NodeJS.ProcessEnv = process.env): Promise<V1OwnerReference | undefined> {
  const name = env.POD_NAME;
  const namespace = env.POD_NAMESPACE;
  if (!name || !namespace) return undefined;
  try {
    const pod = await kc.makeApiClient(CoreV1Api).readNamespacedPod({ name, namespace });
    const rs = pod.metadata?.ownerReferences?.find((r) => r.controller && r.kind === 'ReplicaSet');
    if (!rs) return undefined;
    const replicaSet = await kc.makeApiClient(AppsV1Api).readNamespacedReplicaSet({ name: rs.name, namespace });
    const d = replicaSet.metadata?.ownerReferences?.find((r) => r.controller && r.kind === 'Deployment');
    return d ? { apiVersion: 'apps/v1', kind: 'Deployment', name: d.name, uid: d.uid, controller: false, blockOwnerDeletion: false } : undefined;
  } catch (err) {
    log.warn({ pod: `${namespace}/${name}`, err: errorMessage(err) }, 'cannot find the operator\'s Deployment; owned objects get labels only');
    return undefined;
  }
}
