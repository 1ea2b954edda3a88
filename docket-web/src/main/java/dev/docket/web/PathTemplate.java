package dev.docket.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path such as {@code /api/v1/jobs/{id}}: literal segments and named parameters, each parameter
 * matching exactly one non-empty segment (percent-decoded).
 */
public final class PathTemplate {
    private static final Pattern PARAM = Pattern.compile("\\{[a-zA-Z][a-zA-Z0-9]*}");

    private final String template;
    private final List<String> segments;

    private PathTemplate(String template, List<String> segments) {
        this.template = template;
        this.segments = segments;
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException when it does not start with {@code /} or a segment is empty
     */
    public static PathTemplate parse(String template) {
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException("a path template must start with '/': " + template);
        }
        List<String> segments = split(template);
        for (String s : segments) {
            if (s.isEmpty() || (s.contains("{") && !PARAM.matcher(s).matches())) {
                throw new IllegalArgumentException("invalid segment '" + s + "' in path template " + template);
            }
        }
        return new PathTemplate(template, List.copyOf(segments));
    }

    /** The parameters this template captures from {@code rawPath}, or empty when it does not match. */
    public Optional<Map<String, String>> match(String rawPath) {
        List<String> parts = split(rawPath);
        if (parts.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String want = segments.get(i);
            String got;
            try {
                got = URLDecoder.decode(parts.get(i).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (want.startsWith("{")) {
                if (got.isEmpty()) {
                    return Optional.empty();
                }
                params.put(want.substring(1, want.length() - 1), got);
            } else if (!want.equals(got)) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    /** The template as written. */
    public String template() {
        return template;
    }

    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.isEmpty()) {
            return out;
        }
        int start = 0;
        while (true) {
            int slash = p.indexOf('/', start);
            if (slash < 0) {
                out.add(p.substring(start));
                return out;
            }
            out.add(p.substring(start, slash));
            start = slash + 1;
        }
    }

    @Override
    public String toString() {
        return template;
    }
}
