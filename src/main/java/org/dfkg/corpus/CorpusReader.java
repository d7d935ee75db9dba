package org.dfkg.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Stage 1: reads every text file of a corpus folder into {@link SourceDocument}s. A file that
 * cannot be read is rejected with a message naming it; the other files are still read.
 */
public final class CorpusReader {
    private final TextDecoder decoder;
    private final TextNormaliser normaliser;
    private final MetadataExtractor metadataExtractor;
    private final StructureParser structureParser;

    public CorpusReader(TextDecoder decoder, ReadingLexicon lexicon) {
        this.decoder = decoder;
        this.normaliser = new TextNormaliser(lexicon.taiwan());
        this.metadataExtractor = new MetadataExtractor(lexicon.layout());
        this.structureParser = new StructureParser(lexicon.roleWords(), lexicon.layout());
    }

    public CorpusReader(ReadingLexicon lexicon) {
        this(new TextDecoder(), lexicon);
    }

    public CorpusReadResult read(Path folder) throws IOException {
        return read(List.of(folder));
    }

    /** Reads the files of several folders as one corpus: a document id may be used once across them all. */
    public CorpusReadResult read(List<Path> folders) throws IOException {
        List<SourceDocument> read = new ArrayList<>();
        List<CorpusException> rejected = new ArrayList<>();
        for (Path file : files(folders)) {
            try {
                read.add(readOne(file));
            } catch (CorpusException e) {
                rejected.add(e);
            }
        }
        Selection chosen = select(read.stream().map(Candidate::of).toList());
        rejected.addAll(chosen.rejected());
        return new CorpusReadResult(read.stream().filter(d -> chosen.accepted().contains(d.path())).toList(), rejected);
    }

    /** What the choice between files needs of a document read: a large corpus keeps only this of each. */
    public record Candidate(Path path, String id, String contentKey) {
        public static Candidate of(SourceDocument doc) {
            return new Candidate(doc.path(), doc.id(), sha256(doc.original()));
        }
    }

    /** The files a corpus is built from, and the others named with the reason they are left out. */
    public record Selection(java.util.Set<Path> accepted, List<CorpusException> rejected) {}

    /**
     * The one rule for files that would become the same document, used by every build: of files with
     * the same text, the one whose name is not a copy's is read and the others are named as copies of
     * it; then a document id may be used once, by the first file that has it.
     */
    public static Selection select(List<Candidate> read) {
        Map<String, Candidate> keeperOfText = new HashMap<>();
        for (Candidate doc : read) {
            keeperOfText.merge(doc.contentKey(), doc, (a, b) -> copyRank(b.path()) < copyRank(a.path()) ? b : a);
        }
        java.util.Set<Path> accepted = new java.util.LinkedHashSet<>();
        List<CorpusException> rejected = new ArrayList<>();
        Map<String, Path> seenIds = new HashMap<>();
        for (Candidate doc : read) {
            Candidate keeper = keeperOfText.get(doc.contentKey());
            if (keeper != doc) {
                rejected.add(new CorpusException(doc.path(), "same text as " + relative(doc.path(), keeper.path()) + "; read once, as " + keeper.path().getFileName()));
                continue;
            }
            Path sameId = seenIds.putIfAbsent(doc.id(), doc.path());
            if (sameId != null) {
                rejected.add(new CorpusException(doc.path(), "document id '" + doc.id() + "' is already used by " + relative(doc.path(), sameId)));
                continue;
            }
            accepted.add(doc.path());
        }
        return new Selection(accepted, rejected);
    }

    /** Words in a file name that mark a copy of another file. */
    private static final java.util.regex.Pattern COPY_NAME = java.util.regex.Pattern.compile("(?i)copy|副本|拷贝|复制|[（(]\\d+[)）]|\\s-\\s");

    /** How much a file's name looks like a copy's: 0 for an original name, then longer names after shorter ones. */
    static long copyRank(Path file) {
        String name = file.getFileName().toString();
        return (COPY_NAME.matcher(name).find() ? 1_000_000L : 0) + name.length();
    }

    /** Another file named as briefly as it can be: by its name when it is in the same folder. */
    private static Object relative(Path file, Path other) {
        return java.util.Objects.equals(file.getParent(), other.getParent()) ? other.getFileName() : other;
    }

    /** The text files of several corpus folders, folder by folder, each sorted. */
    public static List<Path> files(List<Path> folders) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IOException(folder + ": corpus folder does not exist");
            }
            all.addAll(files(folder));
        }
        return all;
    }

    /**
     * The text files of a corpus folder, sorted: hidden files and sidecars left out. A link is listed
     * even when it leads nowhere (dangling, a loop), so that reading it names it rather than skipping it.
     */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> Files.isRegularFile(p) || (Files.isSymbolicLink(p) && !Files.isDirectory(p)))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().endsWith(Sidecar.SUFFIX))
                    .sorted()
                    .toList();
        }
    }

    public SourceDocument readOne(Path file) throws CorpusException {
        DecodedText decoded = decoder.decode(file);
        String original = decoded.text();
        MatchText match;
        DocumentMetadata metadata;
        DocumentStructure structure;
        try {
            match = normaliser.forMatching(original);
            metadata = Sidecar.apply(file, metadataExtractor.extract(match.text()));
            structure = structureParser.parse(original, match, metadata.title());
        } catch (RuntimeException e) {
            // A reader's own failure on one odd text rejects that text, named, rather than the whole corpus.
            throw new CorpusException(file, "the reader failed on this text (" + e + "); the other texts are still read");
        }
        if (structure.sentences().isEmpty()) {
            throw new CorpusException(file, "no sentences found");
        }
        return new SourceDocument(documentId(file), file, decoded.charset(), decoded.hadByteOrderMark(), original, match, metadata, structure);
    }

    /** The file name without its extension, when it is safe in an IRI path segment; otherwise a digest of it. */
    static String documentId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,100}")) return stem;
        return "doc-" + sha256(stem).substring(0, 16);
    }

    static String sha256(String text) {
        return DigestUtils.sha256Hex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
