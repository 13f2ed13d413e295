/// Every rule ci-reporter knows, grouped by family; each family lives in its own folder.
public enum Catalog {
    public static let rules: [Rule] = (controlPlane + apiServer + podSecurity + workloads + rbac + network + cluster
                                       + crossResourceWorkloads + crossResourceAccess)
        .sorted { $0.description.slug < $1.description.slug }

    public static func rule(_ slugOrID: String) -> Rule? {
        rules.first { $0.description.slug == slugOrID || $0.description.id == slugOrID }
    }
}
