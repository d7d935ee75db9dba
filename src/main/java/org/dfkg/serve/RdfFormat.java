package org.dfkg.serve;

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
        // The highest quality any media range of the header gives each offer; ties go to the earlier offer (HTML first).
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat f : values()) {
            double q = quality(accept, f.mediaType);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return best;
    }

    private static double quality(String accept, String offer) {
        double best = 0;
        int bestSpecificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.strip().split(";");
            // A malformed range (",,,;;;", "text") offers nothing; a header of only such ranges gets 406.
            if (parts.length == 0 || parts[0].strip().indexOf('/') <= 0) continue;
            String type = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            int specificity = type.equals(offer) ? 2 : type.equals(offer.substring(0, offer.indexOf('/')) + "/*") ? 1 : type.equals("*/*") ? 0 : -1;
            // The most specific matching range decides (RFC 9110 §12.5.1).
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = q;
            }
        }
        return best;
    }
}
