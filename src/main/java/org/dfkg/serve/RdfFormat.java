package org.dfkg.serve;

import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/**
 * The representations a resource has, and content negotiation between them: the Accept header,
 * or a {@code ?format=} override (html, ttl, jsonld, nt, rdf). HTML is the default, also for
 * clients that accept anything.
 */
enum RdfFormat {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    JSON_LD("application/ld+json", "jsonld", Lang.JSONLD),
    N_TRIPLES("application/n-triples", "nt", Lang.NTRIPLES),
    RDF_XML("application/rdf+xml", "rdf", Lang.RDFXML);

    final String mediaType;
    final String extension;
    final Lang lang;

    RdfFormat(String mediaType, String extension, Lang lang) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
    }

    static RdfFormat byExtension(String extension) {
        for (RdfFormat f : values()) if (f.extension.equals(extension)) return f;
        return null;
    }

    static RdfFormat negotiate(String accept, String formatParameter) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            RdfFormat f = byExtension(formatParameter.strip().toLowerCase(java.util.Locale.ROOT));
            if (f != null) return f;
            for (RdfFormat g : values()) if (g.mediaType.equalsIgnoreCase(formatParameter.strip())) return g;
            return null;
        }
        if (accept == null || accept.isBlank()) return HTML;
        AcceptList offered = AcceptList.create(List.of(values()).stream().map(f -> f.mediaType).toArray(String[]::new));
        MediaType chosen = AcceptList.match(AcceptList.create(accept), offered);
        if (chosen == null) return null;
        for (RdfFormat f : values()) if (f.mediaType.equals(chosen.getContentTypeStr())) return f;
        return HTML;
    }
}
