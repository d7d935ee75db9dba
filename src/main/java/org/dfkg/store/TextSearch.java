package org.dfkg.store;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of task text (dcterms:description), a Lucene index kept in the database
 * folder and analysed with {@link HanlpAnalyzer}. SPARQL reaches it through jena-text:
 * {@code ?task text:query (dcterms:description "宽带")}.
 */
public final class TextSearch {
    /** The field name of the indexed text in Lucene. */
    public static final String FIELD = "text";

    private TextSearch() {}

    public static TextIndexConfig config() {
        EntityDefinition definition = new EntityDefinition("uri", FIELD, DCTerms.description.asNode());
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(new HanlpAnalyzer());
        config.setQueryAnalyzer(new HanlpAnalyzer());
        config.setValueStored(false);
        return config;
    }

    /** Wraps a dataset so that writes to it are indexed in {@code folder}, and text:query reads that index. */
    public static DatasetGraph withIndex(DatasetGraph dataset, Path folder) throws IOException {
        TextIndex index = new TextIndexLucene(FSDirectory.open(folder), config());
        return TextDatasetFactory.create(dataset, index, true);
    }
}
