package org.dfkg.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dfkg.link.LinkResult;
import org.dfkg.link.LinkedTask;
import org.dfkg.link.TargetLedger;

/**
 * What the link step needs of the documents built, gathered one document at a time: their tasks, how
 * they use technologies and agencies, their figures of indicators, and the places they link to. A large corpus keeps only these.
 */
final class LinkRecords {
    final List<LinkedTask> tasks = new ArrayList<>();
    final List<LinkResult.TechnologyUse> technologyUses = new ArrayList<>();
    final List<LinkResult.AgencyUse> agencyUses = new ArrayList<>();
    final Set<String> places = new HashSet<>();
    final List<TargetLedger.Entry> ledger = new ArrayList<>();
    int documents;
    long descriptions;

    void add(DocumentResult r) {
        tasks.addAll(r.tasks());
        technologyUses.addAll(r.technologyUses());
        agencyUses.addAll(r.agencyUses());
        places.addAll(r.places());
        ledger.addAll(r.ledger());
        descriptions += r.descriptions();
        documents++;
    }
}
