package jgym.env;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part of a procedural task's id that says how its scenario was made, so that an id names one task: a seed other
 * than {@link Seeds#DEFAULT} and any options, as {@code ?seed=7&max_number=50} after {@code name/level/index} (options
 * sorted by key). Empty for the defaults, so {@code math/countdown/2/17} is task 17 of level 2 at seed 42.
 *
 * <p>A task scored against a scenario made otherwise is refused naming the field that differs ({@link #mismatch}),
 * never looked up among tasks that merely share its index.
 */
public final class TaskTag {
    private TaskTag() {}

    /** The tag of a scenario made with {@code seed} and {@code options} (never null): empty, or {@code ?k=v&...}. */
    public static String of(long seed, Map<String, String> options) {
        var parts = new ArrayList<String>();
        if (seed != Seeds.DEFAULT) parts.add("seed=" + seed);
        new TreeMap<>(options).forEach((k, v) -> parts.add(k + "=" + v));
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** The fields of {@code id}'s tag in order ({@code seed}, then options), plus {@code level} when the id has one. */
    static Map<String, String> fields(String id) {
        var out = new LinkedHashMap<String, String>();
        int q = id.indexOf('?');
        String path = q < 0 ? id : id.substring(0, q);
        List<String> segments = List.of(path.split("/", -1));
        if (segments.size() >= 3 && isNumber(segments.get(segments.size() - 1)) && isNumber(segments.get(segments.size() - 2))) {
            out.put("level", segments.get(segments.size() - 2));
        }
        if (q >= 0) {
            for (String kv : id.substring(q + 1).split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) out.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return out;
    }

    /**
     * Why task {@code id} cannot be one of the scenario whose tasks have ids like {@code sampleId}: the fields that
     * differ ({@code "seed is 7 in the id, 42 here; option max_number is 50 in the id, unset here"}), or null when
     * they agree (or the ids are not procedural).
     */
    public static String mismatch(String id, String sampleId) {
        Map<String, String> want = fields(id);
        Map<String, String> have = fields(sampleId);
        if (!want.containsKey("level") || !have.containsKey("level")) return null;
        var keys = new ArrayList<>(want.keySet());
        for (String k : have.keySet()) if (!keys.contains(k)) keys.add(k);
        var diffs = new ArrayList<String>();
        for (String k : keys) {
            String a = want.getOrDefault(k, k.equals("seed") ? Long.toString(Seeds.DEFAULT) : null);
            String b = have.getOrDefault(k, k.equals("seed") ? Long.toString(Seeds.DEFAULT) : null);
            if (a == null ? b == null : a.equals(b)) continue;
            String what = k.equals("seed") || k.equals("level") ? k : "option " + k;
            diffs.add(what + " is " + (a == null ? "unset" : a) + " in the id, " + (b == null ? "unset" : b) + " here");
        }
        return diffs.isEmpty() ? null : String.join("; ", diffs);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 19) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
