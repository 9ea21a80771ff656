package jgym.scenarios.data;

import java.util.HashMap;
import java.util.Map;

/**
 * Stable task ids for dataset rows: the row's own id field when the dataset names one, else
 * {@code "<scenario>/<row index>"} (so {@code "gsm8k/0"} is the first row). Rejects a second row with an id already seen.
 */
public final class TaskIds {
    private final String scenario;
    private final String idField;
    private final Map<String, Long> lineOf = new HashMap<>();

    /**
     * @param scenario the registered scenario name, the prefix of positional ids
     * @param idField  the field holding each row's id, or null to number the rows
     */
    public TaskIds(String scenario, String idField) {
        this.scenario = java.util.Objects.requireNonNull(scenario, "scenario");
        if (idField != null && idField.isBlank()) throw new IllegalArgumentException("idField must not be blank");
        this.idField = idField;
    }

    /** The id of {@code row}; a {@link jgym.env.DatasetException} when it is missing or repeats an earlier row's. */
    public String of(JsonlRow row) {
        String id = idField == null ? scenario + "/" + row.index() : row.id(idField);
        Long first = lineOf.putIfAbsent(id, row.line());
        if (first != null) {
            throw row.error(idField == null ? null : idField, "duplicate task id '" + id + "' (first on line " + first + ")");
        }
        return id;
    }
}
