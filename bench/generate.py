#!/usr/bin/env python3
"""Deterministic inputs for `make bench`.

    generate.py corpus OUT [--mb 20]      many files of Deployments, StatefulSets, CronJobs,
                                          RBAC Roles/Bindings and kubeadm-style static pods
    generate.py repo OUT [--files 10000]  a git repository of that many manifests, whose last
                                          commit changes one file

The same arguments always give the same bytes (and the same commits: dates and names fixed).
"""
import argparse
import os
import random
import shutil
import subprocess
import sys

TEAMS = ["payments", "search", "identity", "billing", "edge", "data", "ml", "ops", "web", "mobile"]
IMAGES = ["nginx:1.25", "redis:7.2", "postgres:16", "busybox:1.36", "ghcr.io/acme/api:v2.{n}",
          "registry.k8s.io/pause:3.9", "quay.io/prometheus/node-exporter:v1.7.0", "alpine:3.19"]


def container(rng, name, hardened):
    lines = [f"- name: {name}",
             f"  image: {rng.choice(IMAGES).format(n=rng.randint(0, 40))}",
             "  imagePullPolicy: " + rng.choice(["Always", "IfNotPresent"]),
             "  ports:"]
    for port in range(rng.randint(1, 3)):
        lines.append(f"    - containerPort: {8000 + port + rng.randint(0, 900)}")
        lines.append("      protocol: TCP")
    lines.append("  env:")
    for i in range(rng.randint(2, 8)):
        lines.append(f"    - name: VAR_{i}_{rng.randint(100, 999)}")
        lines.append(f"      value: \"{rng.choice(['true', 'false', 'info', 'https://api.internal:8443', str(rng.randint(1, 9999))])}\"")
    lines += ["  resources:",
              f"    requests: {{cpu: {rng.randint(50, 900)}m, memory: {rng.randint(64, 1024)}Mi}}"]
    if rng.random() < 0.6:
        lines.append(f"    limits: {{cpu: {rng.randint(1, 4)}, memory: {rng.randint(1, 8)}Gi}}")
    if hardened:
        lines += ["  securityContext:",
                  "    runAsNonRoot: true",
                  f"    runAsUser: {rng.randint(10001, 65000)}",
                  "    allowPrivilegeEscalation: false",
                  "    readOnlyRootFilesystem: true",
                  "    capabilities: {drop: [ALL]}",
                  "    seccompProfile: {type: RuntimeDefault}"]
    elif rng.random() < 0.5:
        lines += ["  securityContext:",
                  f"    privileged: {rng.choice(['true', 'false'])}",
                  f"    runAsUser: {rng.choice([0, 1000, 10001])}"]
    lines += ["  livenessProbe:",
              f"    httpGet: {{path: /healthz, port: {rng.randint(8000, 8900)}}}",
              f"    periodSeconds: {rng.randint(5, 30)}",
              "  volumeMounts:",
              "    - {name: config, mountPath: /etc/app, readOnly: true}"]
    return lines


def pod_spec(rng, indent, team):
    hardened = rng.random() < 0.3
    lines = [f"serviceAccountName: {team}-sa", "automountServiceAccountToken: " + rng.choice(["true", "false"])]
    if rng.random() < 0.1:
        lines.append("hostNetwork: true")
    lines.append("containers:")
    for i in range(rng.randint(1, 3)):
        lines += ["  " + line for line in container(rng, f"c{i}", hardened)]
    if rng.random() < 0.3:
        lines.append("initContainers:")
        lines += ["  " + line for line in container(rng, "init", hardened)]
    lines += ["volumes:", "  - name: config", f"    configMap: {{name: {team}-config}}"]
    return [" " * indent + line for line in lines]


def metadata(rng, kind, name, team):
    return ["metadata:", f"  name: {name}", f"  namespace: {team}",
            "  labels:", f"    app.kubernetes.io/name: {name}", f"    app.kubernetes.io/part-of: {team}",
            "  annotations:", f"    acme.io/owner: \"{team}@acme.io\"", f"    acme.io/revision: \"{rng.randint(1, 99999)}\""]


def deployment(rng, n, team):
    name = f"{team}-deploy-{n}"
    return (["apiVersion: apps/v1", "kind: Deployment"] + metadata(rng, "Deployment", name, team) +
            ["spec:", f"  replicas: {rng.randint(1, 12)}",
             "  selector:", f"    matchLabels: {{app.kubernetes.io/name: {name}}}",
             "  template:", "    metadata:", f"      labels: {{app.kubernetes.io/name: {name}}}", "    spec:"] +
            pod_spec(rng, 6, team))


def statefulset(rng, n, team):
    name = f"{team}-db-{n}"
    return (["apiVersion: apps/v1", "kind: StatefulSet"] + metadata(rng, "StatefulSet", name, team) +
            ["spec:", f"  serviceName: {name}", f"  replicas: {rng.randint(1, 5)}",
             "  selector:", f"    matchLabels: {{app.kubernetes.io/name: {name}}}",
             "  template:", "    metadata:", f"      labels: {{app.kubernetes.io/name: {name}}}", "    spec:"] +
            pod_spec(rng, 6, team) +
            ["  volumeClaimTemplates:", "    - metadata: {name: data}",
             f"      spec: {{accessModes: [ReadWriteOnce], resources: {{requests: {{storage: {rng.randint(1, 500)}Gi}}}}}}"])


def cronjob(rng, n, team):
    name = f"{team}-job-{n}"
    return (["apiVersion: batch/v1", "kind: CronJob"] + metadata(rng, "CronJob", name, team) +
            ["spec:", f"  schedule: \"{rng.randint(0, 59)} */{rng.randint(1, 12)} * * *\"",
             "  concurrencyPolicy: Forbid", "  jobTemplate:", "    spec:", "      template:", "        spec:",
             "          restartPolicy: OnFailure"] +
            pod_spec(rng, 10, team))


def rbac(rng, n, team):
    cluster = rng.random() < 0.3
    kind = "ClusterRole" if cluster else "Role"
    name = f"{team}-role-{n}"
    rules = []
    for _ in range(rng.randint(1, 6)):
        resources = rng.sample(["pods", "secrets", "configmaps", "deployments", "services", "nodes", "pods/exec", "*"], 2)
        verbs = rng.sample(["get", "list", "watch", "create", "update", "patch", "delete", "*"], rng.randint(1, 4))
        rules += [f"  - apiGroups: [\"{rng.choice(['', 'apps', 'batch', '*'])}\"]",
                  "    resources: [" + ", ".join(f'"{r}"' for r in resources) + "]",
                  "    verbs: [" + ", ".join(f'"{v}"' for v in verbs) + "]"]
    role = ["apiVersion: rbac.authorization.k8s.io/v1", f"kind: {kind}", "metadata:", f"  name: {name}"] + \
           ([] if cluster else [f"  namespace: {team}"]) + ["rules:"] + rules
    binding = ["apiVersion: rbac.authorization.k8s.io/v1", f"kind: {kind}Binding", "metadata:", f"  name: {name}-binding"] + \
              ([] if cluster else [f"  namespace: {team}"]) + \
              ["roleRef:", "  apiGroup: rbac.authorization.k8s.io", f"  kind: {kind}", f"  name: {name}",
               "subjects:", f"  - {{kind: {rng.choice(['ServiceAccount', 'User', 'Group'])}, name: {team}-sa, namespace: {team}}}"]
    return role + ["---"] + binding


APISERVER_FLAGS = ["--advertise-address=10.0.0.{n}", "--allow-privileged=true", "--authorization-mode=Node,RBAC",
                   "--client-ca-file=/etc/kubernetes/pki/ca.crt", "--enable-admission-plugins=NodeRestriction",
                   "--enable-bootstrap-token-auth=true", "--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt",
                   "--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt",
                   "--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key", "--etcd-servers=https://127.0.0.1:2379",
                   "--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt",
                   "--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key", "--profiling=false",
                   "--audit-log-path=/var/log/apiserver/audit.log", "--audit-log-maxage=30", "--anonymous-auth=false",
                   "--secure-port=6443", "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
                   "--service-account-key-file=/etc/kubernetes/pki/sa.pub", "--tls-cert-file=/etc/kubernetes/pki/apiserver.crt",
                   "--tls-private-key-file=/etc/kubernetes/pki/apiserver.key", "--insecure-port=0",
                   "--service-cluster-ip-range=10.96.0.0/12", "--request-timeout=60s"]
ETCD_FLAGS = ["--advertise-client-urls=https://10.0.0.{n}:2379", "--cert-file=/etc/kubernetes/pki/etcd/server.crt",
              "--client-cert-auth=true", "--data-dir=/var/lib/etcd", "--key-file=/etc/kubernetes/pki/etcd/server.key",
              "--listen-client-urls=https://127.0.0.1:2379", "--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt",
              "--peer-client-cert-auth=true", "--peer-key-file=/etc/kubernetes/pki/etcd/peer.key",
              "--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt", "--auto-tls=false"]
CONTROLLER_FLAGS = ["--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf", "--bind-address=127.0.0.1",
                    "--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt", "--leader-elect=true",
                    "--root-ca-file=/etc/kubernetes/pki/ca.crt", "--service-account-private-key-file=/etc/kubernetes/pki/sa.key",
                    "--use-service-account-credentials=true", "--profiling=false", "--terminated-pod-gc-threshold=10",
                    "--feature-gates=RotateKubeletServerCertificate=true"]


def static_pod(rng, n, team):
    component, flags, image = rng.choice([("kube-apiserver", APISERVER_FLAGS, "kube-apiserver"),
                                          ("etcd", ETCD_FLAGS, "etcd"),
                                          ("kube-controller-manager", CONTROLLER_FLAGS, "kube-controller-manager")])
    # Leave some flags out and turn some the wrong way, so that rules have something to find.
    chosen = [flag.format(n=rng.randint(1, 250)) for flag in flags if rng.random() < 0.8]
    chosen = [flag.replace("=false", "=true") if rng.random() < 0.1 else flag for flag in chosen]
    lines = ["apiVersion: v1", "kind: Pod", "metadata:", f"  name: {component}-node-{n}", "  namespace: kube-system",
             "  labels: {component: " + component + ", tier: control-plane}", "spec:", "  hostNetwork: true",
             "  priorityClassName: system-node-critical", "  containers:", f"    - name: {component}",
             f"      image: registry.k8s.io/{image}:v1.{rng.randint(25, 30)}.{rng.randint(0, 9)}", "      command:",
             f"        - {component}"]
    lines += [f"        - {flag}" for flag in chosen]
    lines += ["      volumeMounts:", "        - {mountPath: /etc/kubernetes/pki, name: k8s-certs, readOnly: true}",
              "  volumes:", "    - name: k8s-certs", "      hostPath: {path: /etc/kubernetes/pki, type: DirectoryOrCreate}"]
    return lines


KINDS = [(deployment, 4), (statefulset, 2), (cronjob, 2), (rbac, 2), (static_pod, 1)]


def document(rng, n, team):
    makers = [maker for maker, weight in KINDS for _ in range(weight)]
    return "\n".join(rng.choice(makers)(rng, n, team)) + "\n"


def corpus(out, megabytes, seed=20261204):
    rng = random.Random(seed)
    shutil.rmtree(out, ignore_errors=True)
    target = megabytes * 1_000_000
    written, n = 0, 0
    while written < target:
        team = rng.choice(TEAMS)
        folder = os.path.join(out, team, f"svc-{n % 37:02d}")
        os.makedirs(folder, exist_ok=True)
        # Most files hold one to four documents; a few are large bundles (up to ~1 MB).
        count = rng.choice([1, 1, 1, 2, 2, 3, 4]) if rng.random() > 0.004 else rng.randint(60, 250)
        text = "---\n".join(document(rng, n * 1000 + i, team) for i in range(count))
        with open(os.path.join(folder, f"manifest-{n:05d}.yaml"), "w") as f:
            f.write(text)
        written += len(text.encode())
        n += 1
    print(f"{out}: {n} files, {written / 1e6:.1f} MB")


def git(repo, *arguments):
    environment = dict(os.environ, GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.com",
                       GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="bench@example.com",
                       GIT_AUTHOR_DATE="2026-01-01T00:00:00Z", GIT_COMMITTER_DATE="2026-01-01T00:00:00Z",
                       GIT_CONFIG_NOSYSTEM="1")
    subprocess.run(["git", "-C", repo, "-c", "commit.gpgsign=false", *arguments], check=True, env=environment,
                   stdout=subprocess.DEVNULL)


def repo(out, files, seed=20261205):
    rng = random.Random(seed)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    git(out, "init", "-q", "-b", "main")
    for n in range(files):
        team = TEAMS[n % len(TEAMS)]
        folder = os.path.join(out, "clusters", team, f"app-{n % 100:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"manifest-{n:05d}.yaml"), "w") as f:
            f.write(document(rng, n, team))
    git(out, "add", "-A")
    git(out, "commit", "-q", "-m", f"{files} manifests")
    # The change: one Deployment's image and replica count.
    changed = os.path.join(out, "clusters", "payments", "app-00", "manifest-00000.yaml")
    with open(changed, "w") as f:
        f.write("\n".join(deployment(random.Random(seed + 1), 0, "payments")) + "\n")
    git(out, "commit", "-q", "-a", "-m", "Change one manifest")
    print(f"{out}: {files} manifests, last commit changes one")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    c = sub.add_parser("corpus")
    c.add_argument("out")
    c.add_argument("--mb", type=int, default=20)
    r = sub.add_parser("repo")
    r.add_argument("out")
    r.add_argument("--files", type=int, default=10000)
    arguments = parser.parse_args()
    if arguments.what == "corpus":
        corpus(arguments.out, arguments.mb)
    else:
        repo(arguments.out, arguments.files)


if __name__ == "__main__":
    sys.exit(main())
