package org.dfkg.extract;

import org.dfkg.text.Titles;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dfkg.corpus.Section;
import org.dfkg.corpus.SectionKind;
import org.dfkg.corpus.Sentence;
import org.dfkg.corpus.SourceDocument;
import org.dfkg.corpus.TaskSpan;
import org.dfkg.corpus.TextNormaliser;
import org.dfkg.reference.Place;
import org.dfkg.reference.ReferenceData;

/**
 * Stage 2: reads tasks, responsibility clauses, technologies, places, figures, glossary entries
 * and cited documents from one
 * document. Rule-based readers (clauses, the scheme's dictionary) run before HanLP's
 * statistical recognisers, which only vet names the reference data lacks. One Extractor per
 * thread: the HanLP segmenters it owns are not thread-safe.
 */
public final class Extractor {
    private final ReferenceData reference;
    private final AgencyResolver resolver;
    private final ResponsibilityClauseParser clauseParser;
    private final TechnologyMatcher technologyMatcher;
    private final PlaceMatcher placeMatcher;
    /** The longest line before the notice that is taken for page furniture. */
    private static final int FURNITURE_LINE = 20;
    private final FigureExtractor figureExtractor;
    private final IndicatorMatcher indicatorMatcher;
    private final TableReader tableReader;
    private final CitationReader citationReader = new CitationReader();
    private final GlossaryReader glossaryReader;
    private final NameEndings nameEndings;
    private final Segment organisationSegment = HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true);

    public Extractor(ReferenceData reference, ExtractionLexicon lexicon) {
        this.reference = reference;
        this.nameEndings = lexicon.nameEndings();
        this.resolver = new AgencyResolver(reference, lexicon.departments());
        this.clauseParser = new ResponsibilityClauseParser(lexicon.reading().roleWords(), lexicon.nameEndings(), resolver::isPlaceName);
        this.technologyMatcher = new TechnologyMatcher(reference.technologies());
        this.figureExtractor = new FigureExtractor(lexicon.figures());
        this.tableReader = new TableReader(lexicon.figures());
        this.indicatorMatcher = new IndicatorMatcher(reference.indicators(), lexicon.figures());
        this.placeMatcher = new PlaceMatcher(reference);
        this.glossaryReader = new GlossaryReader(technologyMatcher::conceptOfLabel);
    }

    public ExtractedDocument extract(SourceDocument doc) {
        List<String> warnings = new ArrayList<>();
        Place jurisdiction = reference.placeNamed(doc.metadata().jurisdiction());
        if (jurisdiction == null) {
            warnings.add(doc.path() + ": jurisdiction " + (doc.metadata().jurisdiction() == null ? "not stated" : "'" + doc.metadata().jurisdiction() + "' is not in the place reference data")
                    + "; 省/市 abbreviations cannot be resolved");
        }
        if (doc.metadata().title() == null) warnings.add(doc.path() + ": the text states no title; none is given");
        if (doc.metadata().issued() == null) warnings.add(doc.path() + ": the text states no date of issue; none is given");
        AgencyRef issuer = doc.metadata().issuer() == null ? null : resolver.resolve(doc.metadata().issuer(), jurisdiction);
        Map<Integer, String> taskOfSentence = new HashMap<>();
        for (TaskSpan span : doc.structure().tasks()) {
            for (Sentence s : span.sentences()) taskOfSentence.put(s.index(), span.key());
        }
        // One pass over the body: technologies and citations anywhere, figures where a period is known.
        Map<Integer, List<TechnologyMention>> technologiesBySentence = new HashMap<>();
        List<TechnologyMention> technologies = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        int start = doc.metadata().periodStart() == null ? 0 : doc.metadata().periodStart();
        int end = doc.metadata().periodEnd() == null ? start : doc.metadata().periodEnd();
        FigureExtractor.Context context = new FigureExtractor.Context(start, end,
                doc.metadata().issued() != null && doc.metadata().issued().getYear() >= start ? doc.metadata().issued().getYear() : start);
        if (doc.metadata().periodStart() == null) {
            warnings.add(doc.path() + ": no period known, so figures have no deadline; add periodStart/periodEnd to a sidecar");
        }
        // A definition's numbers describe a technology (IPv6 可以提供100M以上的速度), not a goal or a state.
        List<GlossaryEntry> glossary = glossaryReader.read(doc);
        Set<Integer> definitions = new HashSet<>();
        for (GlossaryEntry g : glossary) g.sentences().forEach(x -> definitions.add(x.index()));
        // Page furniture: the short lines a portal puts before the notice (闽政通APP, 网站支持IPV6) name no
        // technology and no figure of the plan.
        int noticeStart = frontMatterStart(doc);
        for (Sentence s : doc.structure().sentences()) {
            Section section = doc.structure().sectionOf(s);
            if (section.kind() == SectionKind.CONTENTS) continue;
            if (s.index() < noticeStart && s.matchText().strip().length() <= FURNITURE_LINE) continue;
            String taskKey = taskOfSentence.get(s.index());
            List<TechnologyMention> found = new ArrayList<>();
            List<TechnologyMention> named = technologyMatcher.find(s);
            // Names inside a responsibility clause belong to agencies (市工信局（大数据局）), not to the text.
            List<int[]> clauseSpans = named.isEmpty() ? List.of() : clauseSpans(s);
            for (TechnologyMention m : named) if (!inside(m.evidence(), s, clauseSpans)) found.add(m);
            technologies.addAll(found);
            technologiesBySentence.put(s.index(), found);
            citations.addAll(citationReader.read(s, doc.metadata().title(), taskKey));
            if (section.kind() != SectionKind.NOTICE && doc.metadata().periodStart() != null && !definitions.contains(s.index())) {
                figures.addAll(figureExtractor.extract(s, section, context, taskKey));
            }
        }
        if (doc.metadata().periodStart() != null) {
            figures = mergeRestatements(figures, tableReader.read(doc.structure().sentences(), doc.structure()::sectionOf, taskOfSentence, context));
        }
        figures = figures.stream().map(f -> f.withIndicator(indicatorMatcher.indicatorOf(f))).toList();
        String unmapped = IndicatorMatcher.unmappedWarning(doc.path().toString(), figures);
        if (unmapped != null) warnings.add(unmapped);
        List<ExtractedTask> tasks = new ArrayList<>();
        for (TaskSpan span : doc.structure().tasks()) {
            tasks.add(extractTask(doc, span, jurisdiction, technologiesBySentence, warnings));
        }
        reportUnplacedClauses(doc, taskOfSentence, warnings);
        return new ExtractedDocument(doc, jurisdiction == null ? null : jurisdiction.id(), issuer, tasks, technologies, glossary,
                citations, figures, warnings);
    }

    private ExtractedTask extractTask(SourceDocument doc, TaskSpan span, Place jurisdiction,
                                      Map<Integer, List<TechnologyMention>> technologiesBySentence, List<String> warnings) {
        List<Assignment> assignments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<TechnologyMention> technologies = new ArrayList<>();
        List<PlaceMention> places = new ArrayList<>();
        for (Sentence s : span.sentences()) {
            List<int[]> clauseSpans = new ArrayList<>();
            for (ResponsibilityClauseParser.Clause clause : clauseParser.findClauses(s.matchText())) {
                clauseSpans.add(new int[] {clause.contentStart(), clause.contentEnd()});
                for (String name : clause.unplaced()) {
                    warnings.add(location(doc, s) + ": task " + span.key() + ": '" + name + "' in a responsibility clause has no role word; skipped");
                }
                for (ResponsibilityClauseParser.Item item : clause.items()) {
                    AgencyRef ref = resolver.resolve(item.name(), jurisdiction);
                    if (ref instanceof AgencyRef.Unreconciled && !looksLikeOrganisation(item.name())) {
                        warnings.add(location(doc, s) + ": task " + span.key() + ": '" + item.name() + "' in a responsibility clause is not an organisation name; skipped");
                        continue;
                    }
                    for (Role role : item.roles()) {
                        if (seen.add(ref + "|" + role)) {
                            assignments.add(new Assignment(ref, role, item.name(), item.aliases(), TextSpan.within(s, item.start(), item.end())));
                        }
                    }
                }
            }
            technologies.addAll(technologiesBySentence.getOrDefault(s.index(), List.of()));
            // A place inside a cited title (《福建省电子政务技术总体框架》) belongs to the title, not to the task.
            List<int[]> titleSpans = new ArrayList<>(clauseSpans);
            titleSpans.addAll(Titles.spans(s.matchText()));
            for (PlaceMention p : placeMatcher.find(s, jurisdiction)) {
                if (!inside(p.evidence(), s, titleSpans)) places.add(p);
            }
        }
        return new ExtractedTask(span, assignments, technologies, places);
    }

    /**
     * A responsibility clause outside every task names parties of nothing: its sentence could not be
     * placed in the outline. It is reported with its file and line, never dropped in silence.
     */
    private void reportUnplacedClauses(SourceDocument doc, Map<Integer, String> taskOfSentence, List<String> warnings) {
        for (Sentence s : doc.structure().sentences()) {
            if (taskOfSentence.containsKey(s.index())) continue;
            SectionKind kind = doc.structure().sectionOf(s).kind();
            if (kind == SectionKind.CONTENTS || kind == SectionKind.NOTICE) continue;
            for (ResponsibilityClauseParser.Clause clause : clauseParser.findClauses(s.matchText())) {
                String names = clause.items().stream().map(ResponsibilityClauseParser.Item::name).collect(java.util.stream.Collectors.joining("、"));
                warnings.add(location(doc, s) + ": a responsibility clause (" + names + ") in a sentence outside every task; not read: "
                        + (s.text().length() > 60 ? s.text().substring(0, 60) + "…" : s.text()));
            }
        }
    }

    /**
     * A figure the text states in a sentence and again in a table row (到2022年…达到4万亿元 and
     * 数字经济增加值（亿元）… 40000) is one figure: the table's, with the sentence as a second place
     * it is stated. Only the same kind, value, unit and year, with the row's indicator in the sentence.
     */
    private static List<Figure> mergeRestatements(List<Figure> text, List<Figure> table) {
        List<Figure> merged = new ArrayList<>(table);
        for (Figure t : text) {
            int same = -1;
            for (int k = 0; k < merged.size() && same < 0; k++) {
                Figure f = merged.get(k);
                if (k >= table.size()) break;
                String indicator = f.metric().replaceAll("[（(][^（()）]*[）)]$", "");
                if (f.kind() == t.kind() && f.value().compareTo(t.value()) == 0 && f.unit().equals(t.unit()) && f.year() == t.year()
                        && indicator.length() >= 2 && TextNormaliser.withoutSpaces(t.metric()).contains(indicator)) same = k;
            }
            if (same >= 0) merged.set(same, merged.get(same).withAlsoStated(List.of(t.evidence())));
            else merged.add(t);
        }
        merged.sort(java.util.Comparator.comparingInt(f -> f.evidence().start()));
        return merged;
    }

    /** The first sentence that names the document's title, else the first of its notice; 0 when there is neither. */
    private static int frontMatterStart(SourceDocument doc) {
        String title = doc.metadata().title() == null ? null : TextNormaliser.withoutSpaces(doc.metadata().title());
        Integer notice = null;
        for (Sentence s : doc.structure().sentences()) {
            if (title != null && TextNormaliser.withoutSpaces(s.matchText()).contains(title)) return s.index();
            if (notice == null && s.index() > 0 && doc.structure().sectionOf(s).kind() == SectionKind.NOTICE) notice = s.index();
        }
        return notice == null ? 0 : notice;
    }

    /** file:line of a sentence, for messages a curator can follow. */
    private static String location(SourceDocument doc, Sentence s) {
        int line = 1;
        String text = doc.original();
        for (int i = 0; i < s.start() && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return doc.path() + ":" + line;
    }

    private List<int[]> clauseSpans(Sentence s) {
        List<int[]> spans = new ArrayList<>();
        for (ResponsibilityClauseParser.Clause c : clauseParser.findClauses(s.matchText())) spans.add(new int[] {c.contentStart(), c.contentEnd()});
        return spans;
    }

    /** Whether a span starts inside one of a sentence's match spans (offsets of its matching copy). */
    private static boolean inside(TextSpan span, Sentence s, List<int[]> matchSpans) {
        int start = span.start() - s.start();
        for (int[] c : matchSpans) {
            if (start >= s.originalStart(c[0]) && start < s.originalEnd(c[1])) return true;
        }
        return false;
    }

    /** HanLP's organisation recogniser, or an organisational ending, vouches for a name the reference data lacks. */
    private boolean looksLikeOrganisation(String name) {
        if (nameEndings.isOrganisation(name)) return true;
        List<Term> terms = organisationSegment.seg(name);
        Term last = terms.isEmpty() ? null : terms.getLast();
        return last != null && last.nature != null && last.nature.startsWith("nt");
    }
}
