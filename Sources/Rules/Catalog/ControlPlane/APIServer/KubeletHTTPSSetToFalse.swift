extension Rule {
    static let kubeletHTTPSSetToFalse = Rule(RuleDescription(
        id: "cdc8b54e-6b16-4538-a1b0-35849dbe29cf",
        slug: "kubelet_https_set_to_false",
        name: "Kubelet HTTPS set to false",
        severity: .medium,
        category: "Networking and Firewall",
        summary: "kube-apiserver talks to kubelets over plain HTTP.",
        help: """
            The API server connects to kubelets to stream logs, run `exec` sessions and forward \
            ports. With `--kubelet-https=false` those connections are unencrypted, so everything \
            that passes through them, commands, output and any secrets in it, can be read and \
            altered on the network.

            **Fix:** remove `--kubelet-https` (it defaults to `true`) or set `--kubelet-https=true`.
            """,
        references: [
            "https://kubernetes.io/docs/concepts/architecture/control-plane-node-communication/#apiserver-to-kubelet",
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  command:
                    - kube-apiserver
                    - --kubelet-https=true
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  command: ["kube-apiserver", "--kubelet-https"]
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver, namespace: kube-system}
            spec:
              containers:
                - name: kube-apiserver
                  command:
                    - kube-apiserver
                    - ↓--kubelet-https=false
            """,
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: kube-apiserver}
            spec:
              containers:
                - name: kube-apiserver
                  ↓command: ["kube-apiserver"]
                  args: ["--kubelet-https=0"]
            """,
        ]
    )) { object, findings in
        for apiserver in object.invocations(of: "kube-apiserver") where apiserver.boolValue(of: "--kubelet-https") == false {
            guard let flag = apiserver.flag("--kubelet-https") else { continue }
            findings.wrongFlag(flag, in: apiserver, expected: "--kubelet-https=true")
        }
    }
}
