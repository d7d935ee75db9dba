package org.dfkg.extract;

/** What a name in a responsibility clause denotes. */
public sealed interface AgencyRef {
    /** An agency of the reference file. */
    record Reconciled(String agencyId) implements AgencyRef {}

    /** An organisation the reference file lacks; it keeps its surface form for curators. */
    record Unreconciled(String name, String jurisdictionId) implements AgencyRef {}

    /** A collective or unspecified party (有关部门, 各设区市人民政府): never counted as an agency. */
    record Collective(String name, String jurisdictionId) implements AgencyRef {}
}
