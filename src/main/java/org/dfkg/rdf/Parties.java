package org.dfkg.rdf;

import org.dfkg.extract.AgencyRef;

/** The IRIs and keys of the parties a task names: the documents' graphs describe them, the links graph counts them. */
public final class Parties {
    private final IriScheme iris;

    public Parties(IriScheme iris) {
        this.iris = iris;
    }

    /** The IRI of the party a reference names, without its description (its document's graph holds that). */
    public String iri(AgencyRef ref) {
        return switch (ref) {
            case AgencyRef.Reconciled r -> iris.agency(r.agencyId());
            case AgencyRef.Unreconciled u -> iris.unreconciledAgency(String.valueOf(u.jurisdictionId()), u.name());
            case AgencyRef.Collective c -> iris.collectiveParty(String.valueOf(c.jurisdictionId()), c.name());
        };
    }

    /** A key for minting IRIs of nodes about the party (its assignments, its years). */
    static String key(AgencyRef ref) {
        return switch (ref) {
            case AgencyRef.Reconciled r -> r.agencyId();
            case AgencyRef.Unreconciled u -> "unreconciled-" + IriScheme.digest(u.jurisdictionId() + "|" + u.name());
            case AgencyRef.Collective c -> "collective-" + IriScheme.digest(c.jurisdictionId() + "|" + c.name());
        };
    }
}
