package dev.atrium.server.api.openapi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little Markdown the document's descriptions use, as HTML: paragraphs, "- " lists, {@code `code`},
 * {@code **bold**} and {@code *emphasis*}. Everything is escaped first, so a description cannot inject markup.
 */
final class Prose {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("\\*([^*]+)\\*");

    private Prose() {
    }

    /** Block HTML of a description. */
    static String html(String text) {
        StringBuilder out = new StringBuilder();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            String[] lines = block.strip().split("\\n");
            if (lines[0].startsWith("- ")) {
                out.append("<ul>");
                for (String line : lines) {
                    out.append("<li>").append(inline(line.replaceFirst("^-\\s*", ""))).append("</li>");
                }
                out.append("</ul>");
            } else if (!block.isBlank()) {
                out.append("<p>").append(inline(String.join(" ", lines))).append("</p>");
            }
        }
        return out.toString();
    }

    /** Inline HTML of one line of text. */
    static String inline(String text) {
        String html = escape(text.strip());
        // Code first, so that asterisks inside code stay literal.
        StringBuilder out = new StringBuilder();
        Matcher code = CODE.matcher(html);
        int last = 0;
        while (code.find()) {
            out.append(emphasis(html.substring(last, code.start()))).append("<code>").append(code.group(1))
                    .append("</code>");
            last = code.end();
        }
        return out.append(emphasis(html.substring(last))).toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String emphasis(String html) {
        String bold = BOLD.matcher(html).replaceAll("<strong>$1</strong>");
        return EMPHASIS.matcher(bold).replaceAll("<em>$1</em>");
    }
}
