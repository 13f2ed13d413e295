extension Rule {
    static let cronJobDeadlineNotConfigured = Rule(RuleDescription(
        id: "192fe40b-b1c3-448a-aba2-6cc19a300fe3",
        slug: "cronjob_deadline_not_configured",
        name: "CronJob deadline not configured",
        severity: .low,
        category: "Resource Management",
        summary: "A CronJob does not set startingDeadlineSeconds.",
        help: """
            When a CronJob misses its scheduled time (the controller was down, the cluster was \
            busy, the job was suspended), `startingDeadlineSeconds` says how late a run may \
            still start. Without it, a run starts however late it is, and runs that pile up can \
            all start at once when the controller comes back; after more than 100 missed \
            schedules the controller stops scheduling the CronJob altogether.

            The rule reports a CronJob whose `spec` has no `startingDeadlineSeconds`.

            **Fix:** set `spec.startingDeadlineSeconds` to how late a run is still useful, for \
            example a fraction of the schedule's interval.
            """,
        references: ["https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-delays"],
        nonTriggeringExamples: [
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: report}
            spec:
              schedule: "0 * * * *"
              startingDeadlineSeconds: 600
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: report
                          image: example/report:1.0
            """,
        ],
        triggeringExamples: [
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: report}
            ↓spec:
              schedule: "0 * * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: report
                          image: example/report:1.0
            """,
        ]
    )) { object, findings in
        guard object.kind == "CronJob", object.apiVersion?.hasPrefix("batch/") == true,
              let spec = object.node.entry("spec"), spec.value.kind == .mapping else { return }
        let deadline = spec.value["startingDeadlineSeconds"]
        guard deadline == nil || deadline?.isNull == true else { return }
        findings.add("\(object.identity) does not set startingDeadlineSeconds, so a missed run starts however late it is; expected spec.startingDeadlineSeconds.",
                     at: spec.key, scope: object.node, object: object)
    }
}
