package org.dfkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stage 3: groups tasks of different documents that carry on one initiative into programmes.
 *
 * <p>An inverted index maps each key phrase to the tasks that hold it. A phrase seeds a programme
 * when it occurs in at least {@link #MIN_DOCUMENTS} documents, is rare (in at most
 * {@link #MAX_TASK_SHARE} of all tasks, never fewer than {@link #MIN_MAX_TASKS}) and is specific: it
 * holds a word that is rare too (see {@link #specific}). Only tasks that
 * share a seed are ever compared, so the work grows with the postings, not with n². A pair's score
 * is the sum of the inverse task frequency, ln(N/df), of every rare phrase the two share, plus
 * {@link #QUOTED_BONUS} for an identical quoted programme name and {@link #SHARED_BONUS} for each
 * shared technology and curated agency. A task joins a programme when its best pair with a member
 * from another document (among its {@link #MAX_COMPARISONS} nearest in years) scores at least
 * {@link #MIN_SCORE}. Seeds whose task sets overlap by a
 * Jaccard index of {@link #MERGE_JACCARD} or more are one programme. Everything is sorted, so the
 * same input always gives the same programmes.
 */
public final class ProgrammeLinker {
    public static final int MIN_DOCUMENTS = 2;
    /** A seed may occur in at most this many tasks per document that has it: an initiative is named in a few tasks of a plan, a slogan in many. */
    public static final double MAX_TASKS_PER_DOCUMENT = 3.0;
    public static final double MAX_TASK_SHARE = 0.05;
    public static final int MIN_MAX_TASKS = 4;
    /** A seed must hold a word found in at most this share of all tasks (see {@link #specific}). */
    public static final double MAX_WORD_SHARE = 0.05;
    /** Seeds of fewer characters must be a curated programme phrase or a technology label; 覆盖率 or 产业园 alone name no initiative. */
    public static final int MIN_SEED_CHARS = 4;
    public static final double QUOTED_BONUS = 2.0;
    public static final double SHARED_BONUS = 0.5;
    public static final double MIN_SCORE = 3.5;
    public static final double MERGE_JACCARD = 0.6;
    /**
     * A task is scored against at most this many tasks of other documents in its programme, nearest in
     * years first, so a programme of thousands of tasks costs linear, not quadratic, work.
     */
    public static final int MAX_COMPARISONS = 64;

    private final Map<String, String> glosses;
    private final Set<String> knownPhrases;
    private final LinkingWords words;

    /**
     * @param glosses English glosses of key phrases, where known
     * @param knownPhrases curated programme phrases and technology labels, which may seed at any length
     * @param words the heads of phrases that name a kind of work, which seed nothing
     */
    public ProgrammeLinker(Map<String, String> glosses, Set<String> knownPhrases, LinkingWords words) {
        this.glosses = Map.copyOf(glosses);
        this.knownPhrases = Set.copyOf(knownPhrases);
        this.words = words;
    }

    public LinkResult link(List<LinkedTask> tasks) {
        return link(tasks, LinkProgress.NONE);
    }

    public LinkResult link(List<LinkedTask> tasks, LinkProgress progress) {
        int n = tasks.size();
        Map<String, List<LinkedTask>> postings = new TreeMap<>();
        for (LinkedTask t : tasks) {
            for (String p : t.phrases()) postings.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
        }
        int maxTasks = Math.max(MIN_MAX_TASKS, (int) Math.floor(MAX_TASK_SHARE * n));
        Map<String, Integer> wordTasks = new HashMap<>();
        for (LinkedTask t : tasks) {
            for (String w : t.words()) wordTasks.merge(w, 1, Integer::sum);
        }
        int maxWordTasks = Math.max(MIN_MAX_TASKS, (int) Math.floor(MAX_WORD_SHARE * n));
        Map<String, Double> idf = new HashMap<>();
        List<String> seeds = new ArrayList<>();
        for (var e : postings.entrySet()) {
            int df = e.getValue().size();
            int documents = documents(e.getValue());
            if (df > Math.max(maxTasks, MAX_TASKS_PER_DOCUMENT * documents)) continue;
            idf.put(e.getKey(), Math.log((double) n / df));
            if (documents >= MIN_DOCUMENTS && df <= MAX_TASKS_PER_DOCUMENT * documents && seedable(e.getKey())
                    && specific(e.getKey(), e.getValue(), wordTasks, maxWordTasks)) seeds.add(e.getKey());
        }
        // Widely shared, then rarer, then alphabetical: the order decides which phrase labels a merged programme.
        seeds.sort(Comparator.comparingInt((String p) -> -documents(postings.get(p)))
                .thenComparingInt(p -> postings.get(p).size()).thenComparing(p -> -p.length()).thenComparing(p -> p));

        List<Cluster> clusters = new ArrayList<>();
        // Only clusters that already hold one of the seed's tasks can overlap it: look them up, never scan all.
        Map<String, List<Cluster>> clustersOfTask = new HashMap<>();
        for (String seed : seeds) {
            Set<String> members = ids(postings.get(seed));
            Set<Cluster> overlapping = new java.util.LinkedHashSet<>();
            for (String m : members) overlapping.addAll(clustersOfTask.getOrDefault(m, List.of()));
            Cluster target = null;
            for (Cluster c : overlapping.stream().sorted(Comparator.comparingInt(c -> c.order)).toList()) {
                if (jaccard(c.members, members) >= MERGE_JACCARD) {
                    target = c;
                    break;
                }
            }
            if (target == null) {
                target = new Cluster(seed, clusters.size());
                clusters.add(target);
            }
            target.phrases.add(seed);
            for (String m : members) {
                if (target.members.add(m)) clustersOfTask.computeIfAbsent(m, k -> new ArrayList<>()).add(target);
            }
        }

        Map<String, LinkedTask> byId = new HashMap<>();
        for (LinkedTask t : tasks) byId.put(t.id(), t);
        // Scores are not cached: at scale the pairs would not fit in memory. A pair may be scored from both sides.
        long scored = 0;
        List<Programme> programmes = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        progress.started("scoring", clusters.stream().mapToLong(c -> c.members.size()).sum());
        for (Cluster c : clusters) {
            // Sorted by year once; each task then walks outwards from its own year (nearest first).
            List<LinkedTask> candidates = c.members.stream().map(byId::get)
                    .sorted(Comparator.comparingInt(ProgrammeLinker::yearOf).thenComparing(LinkedTask::id)).toList();
            List<Programme.Member> members = new ArrayList<>();
            for (int at = 0; at < candidates.size(); at++) {
                LinkedTask t = candidates.get(at);
                Pair best = null;
                int compared = 0;
                for (LinkedTask o : nearestFirst(candidates, at)) {
                    if (o.docId().equals(t.docId())) continue;
                    if (++compared > MAX_COMPARISONS) break;
                    Pair p = score(t, o, idf);
                    scored++;
                    if (best == null || p.score > best.score || (p.score == best.score && o.id().compareTo(best.other(t).id()) < 0)) best = p;
                }
                if (best != null && best.score >= MIN_SCORE) {
                    members.add(new Programme.Member(t, best.other(t), best.phrases, best.technologies, best.agencies, best.score));
                }
            }
            progress.advanced(c.members.size());
            Set<String> docs = new TreeSet<>();
            members.forEach(m -> docs.add(m.task().docId()));
            if (docs.size() < MIN_DOCUMENTS || !labels.add(c.label)) continue;
            Comparator<Programme.Member> byYear = Comparator.comparing((Programme.Member m) -> m.task().year() == null ? Integer.MAX_VALUE : m.task().year())
                    .thenComparing(m -> m.task().id());
            Set<Programme.Member> side = sideMentions(members);
            members.removeIf(side::contains);
            members.sort(byYear);
            List<Programme.Member> mentions = new ArrayList<>(side);
            mentions.sort(byYear);
            Integer first = members.stream().map(m -> m.task().year()).filter(y -> y != null).min(Integer::compare).orElse(null);
            Integer last = members.stream().map(m -> m.task().year()).filter(y -> y != null).max(Integer::compare).orElse(null);
            programmes.add(new Programme(c.label, c.label, glossOf(c), new ArrayList<>(c.phrases), members, first, last, mentions));
        }
        progress.finished();
        return new LinkResult(programmes, List.of(), List.of(), List.of(), n, scored);
    }

    /**
     * The members that name the programme only in a side clause of a task about something else: the
     * task has a heading, the heading holds none of the phrases that tied the task in, and no other
     * member holds any phrase of that heading (推动数字经济产业园区建设 in 政务外网). They are set
     * apart only while the other members still span two documents, so a programme is never made of
     * side clauses alone. Counting each phrase's members once keeps this linear in the members.
     */
    private static Set<Programme.Member> sideMentions(List<Programme.Member> members) {
        Map<String, Integer> holders = new HashMap<>();
        for (Programme.Member m : members) {
            for (String p : m.task().phrases()) holders.merge(p, 1, Integer::sum);
        }
        // By identity: a member is a record of lists, and two members are never the same task.
        Set<Programme.Member> side = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Programme.Member m : members) {
            Set<String> heading = m.task().headingPhrases();
            if (heading.isEmpty() || m.sharedPhrases().isEmpty() || m.sharedPhrases().stream().anyMatch(heading::contains)) continue;
            boolean sharedWithOthers = false;
            for (String p : heading) {
                int others = holders.getOrDefault(p, 0) - (m.task().phrases().contains(p) ? 1 : 0);
                if (others > 0) {
                    sharedWithOthers = true;
                    break;
                }
            }
            if (!sharedWithOthers) side.add(m);
        }
        Set<String> coreDocuments = new HashSet<>();
        for (Programme.Member m : members) {
            if (!side.contains(m)) coreDocuments.add(m.task().docId());
        }
        return coreDocuments.size() >= MIN_DOCUMENTS ? side : Set.of();
    }

    private static int yearOf(LinkedTask t) {
        return t.year() == null ? 0 : t.year();
    }

    /**
     * The other candidates, nearest in years first, from a list sorted by year: two cursors walk
     * outwards from the task's own place, so taking the first k costs k steps, not a sort.
     */
    private static Iterable<LinkedTask> nearestFirst(List<LinkedTask> sorted, int at) {
        int year = yearOf(sorted.get(at));
        return () -> new java.util.Iterator<>() {
            int left = at - 1;
            int right = at + 1;

            @Override
            public boolean hasNext() {
                return left >= 0 || right < sorted.size();
            }

            @Override
            public LinkedTask next() {
                if (left < 0) return sorted.get(right++);
                if (right >= sorted.size()) return sorted.get(left--);
                return year - yearOf(sorted.get(left)) <= yearOf(sorted.get(right)) - year ? sorted.get(left--) : sorted.get(right++);
            }
        };
    }

    /**
     * Whether a phrase names one thing: a curated phrase or technology label does, and so does a phrase
     * holding a word that is itself rare in the corpus (口岸 in 电子口岸, 公交 in 城市公交). A rare
     * juxtaposition of common words (信息 + 平台, 省级 + 平台, 信息 + 数据) names nothing in particular.
     */
    private boolean specific(String phrase, List<LinkedTask> holders, Map<String, Integer> wordTasks, int maxWordTasks) {
        if (knownPhrases.contains(phrase)) return true;
        // A phrase that ends in a kind of work (网格化管理) needs its rare word before that ending.
        String head = words.genericHead(phrase);
        String qualifier = head == null ? phrase : phrase.substring(0, phrase.length() - head.length());
        for (LinkedTask t : holders) {
            for (String w : t.words()) {
                if (qualifier.contains(w) && wordTasks.get(w) <= maxWordTasks) return true;
            }
        }
        return false;
    }

    private boolean seedable(String phrase) {
        return knownPhrases.contains(phrase) || phrase.length() >= MIN_SEED_CHARS;
    }

    private String glossOf(Cluster c) {
        for (String p : c.phrases) {
            if (glosses.containsKey(p)) return glosses.get(p);
        }
        return null;
    }

    private static Pair score(LinkedTask a, LinkedTask b, Map<String, Double> idf) {
        double score = 0;
        List<String> phrases = new ArrayList<>();
        for (String p : new TreeSet<>(a.phrases())) {
            if (b.phrases().contains(p) && idf.containsKey(p)) {
                score += idf.get(p);
                phrases.add(p);
            }
        }
        for (String q : a.quotedNames()) {
            if (b.quotedNames().contains(q)) {
                score += QUOTED_BONUS;
                break;
            }
        }
        List<String> technologies = new ArrayList<>(new TreeSet<>(a.technologies()));
        technologies.retainAll(b.technologies());
        List<String> agencies = new ArrayList<>(new TreeSet<>(a.agencies()));
        agencies.retainAll(b.agencies());
        score += SHARED_BONUS * (technologies.size() + agencies.size());
        return new Pair(a, b, score, phrases, technologies, agencies);
    }

    private record Pair(LinkedTask a, LinkedTask b, double score, List<String> phrases, List<String> technologies, List<String> agencies) {
        LinkedTask other(LinkedTask t) {
            return t == a ? b : a;
        }
    }

    private static final class Cluster {
        final String label;
        final int order;
        final Set<String> phrases = new LinkedHashSet<>();
        final Set<String> members = new TreeSet<>();

        Cluster(String label, int order) {
            this.label = label;
            this.order = order;
        }
    }

    private static int documents(List<LinkedTask> tasks) {
        Set<String> docs = new HashSet<>();
        for (LinkedTask t : tasks) docs.add(t.docId());
        return docs.size();
    }

    private static Set<String> ids(List<LinkedTask> tasks) {
        Set<String> ids = new TreeSet<>();
        for (LinkedTask t : tasks) ids.add(t.id());
        return ids;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String x : b) if (a.contains(x)) common++;
        return (double) common / (a.size() + b.size() - common);
    }
}
