extension Rule {
    static let dashboardIsEnabled = Rule(RuleDescription(
        id: "d2ad057f-0928-41ef-a83c-f59203bb855b",
        slug: "dashboard_is_enabled",
        name: "Dashboard is enabled",
        severity: .low,
        category: "Insecure Configurations",
        summary: "A container runs the Kubernetes dashboard.",
        help: """
            The Kubernetes dashboard is a web interface that acts on the cluster with its own \
            service account. Exposed dashboards have been a common way into clusters: an old \
            release or a service account bound to `cluster-admin` lets whoever reaches the page \
            read secrets and start workloads, and its sign-in can be skipped in many \
            installations.

            The rule recognises the dashboard by its images: those published under \
            `kubernetesui` (`kubernetesui/dashboard`, `kubernetesui/metrics-scraper`) and the \
            older `kubernetes-dashboard…` images. Tags and digests are not read.

            **Fix:** remove the dashboard and use `kubectl` with each person's own credentials. \
            Where it must stay, run a current release behind authentication, give its service \
            account read-only permissions, and do not expose it outside the cluster.
            """,
        references: ["https://kubernetes.io/docs/tasks/access-application-cluster/web-ui-dashboard/"],
        nonTriggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: dashboard}
            spec:
              template:
                spec:
                  containers:
                    - name: dashboard
                      image: grafana/grafana:11.1.0
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: tools}
            spec:
              containers:
                - name: app
                  image: registry.example.com/team/app:kubernetes-dashboard
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: kubernetes-dashboard, namespace: kubernetes-dashboard}
            spec:
              template:
                spec:
                  containers:
                    - name: kubernetes-dashboard
                      image: ↓docker.io/kubernetesui/dashboard:v2.7.0
                    - name: dashboard-metrics-scraper
                      image: ↓kubernetesui/metrics-scraper:v1.0.8
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: dashboard, namespace: kube-system}
            spec:
              initContainers:
                - name: setup
                  image: busybox:1.36
              containers:
                - name: dashboard
                  image: ↓k8s.gcr.io/kubernetes-dashboard-amd64:v1.10.1
            """,
        ]
    )) { object, findings in
        for container in object.containers(ContainerKind.allCases) where container.runsKubernetesDashboard {
            guard let image = container.imageEntry?.value else { continue }
            findings.add("\(container.displayName) runs the Kubernetes dashboard (image '\(container.image ?? "")'); expected no dashboard, or one that is not exposed and has read-only permissions.",
                         at: image, scope: container.node, object: object, container: container)
        }
    }
}
