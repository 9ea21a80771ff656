package jgym.agents.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgym.agents.train.HeldOutSet;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Seeds;

/**
 * A training pipeline as written in a YAML or JSON file: the task, the model a fresh policy gets, and the stages in
 * order. For example (the {@code r1-zero} preset):
 * <pre>
 * name: r1-zero
 * scenario: math/parity
 * level: 2
 * options: {trace: carry}
 * max_tokens: 100
 * stages:
 *   - pretrain: {long_share: 1.0, steps: 3000}
 *   - pretrain: {long_share: 0.1, steps: 300}
 *   - rl: {algo: grpo, steps: 150}
 * </pre>
 *
 * @param name      names the run's default folder ({@code runs/NAME-sSEED})
 * @param seed      every random choice of every stage derives from it (default {@link jgym.env.Seeds#DEFAULT}); all
 *                  stages share one held-out set, drawn from it as {@code gym train} draws its own
 * @param scenario  the procedural scenario trained and evaluated on
 * @param level     its level (default 1)
 * @param options   its options, which a stage may override
 * @param model     the shape of a fresh policy (used when the first stage does not start from {@code init})
 * @param init      a policy folder the first stage starts from instead of a fresh policy; null for none
 * @param maxTokens the completion budget of every sampling and evaluation (default 80)
 * @param heldOut   tasks in the held-out set (default 100)
 * @param stages    at least one
 */
public record PipelineSpec(String name, Long seed, String scenario, Integer level, Map<String, String> options, Model model,
                           String init, @JsonProperty("max_tokens") Integer maxTokens, @JsonProperty("heldout") Integer heldOut,
                           List<Stage> stages) {
    public PipelineSpec {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("name must be letters, digits, '.', '_' or '-', got " + (name == null ? "nothing" : "'" + name + "'"));
        }
        seed = seed == null ? Seeds.DEFAULT : seed;
        if (scenario == null) throw new IllegalArgumentException("scenario is required, e.g. scenario: math/parity");
        level = level == null ? 1 : level;
        Stage.Check.atLeast("level", level, 1);
        options = options == null ? Map.of() : Map.copyOf(options);
        model = model == null ? new Model(null, null, null, null) : model;
        maxTokens = maxTokens == null ? 80 : maxTokens;
        Stage.Check.atLeast("max_tokens", maxTokens, 1);
        heldOut = heldOut == null ? 100 : heldOut;
        Stage.Check.atLeast("heldout", heldOut, 1);
        if (stages == null || stages.isEmpty()) throw new IllegalArgumentException("stages must list at least one stage");
        for (Stage s : stages) Objects.requireNonNull(s, "stages must not hold an empty entry");
        stages = List.copyOf(stages);
        if (init == null && maxTokens + 8 > model.context()) { // a policy from init brings its own context
            throw new IllegalArgumentException("max_tokens (" + maxTokens + ") leaves no room for a prompt in model.context ("
                    + model.context() + ")");
        }
    }

    /**
     * The shape of a fresh policy: a character-level decoder-only transformer.
     *
     * @param layers  transformer blocks (default 1)
     * @param dModel  residual width, a multiple of heads (default 64)
     * @param heads   attention heads (default 4)
     * @param context positions, prompt and completion together (default 112)
     */
    public record Model(Integer layers, @JsonProperty("d_model") Integer dModel, Integer heads, Integer context) {
        public Model {
            layers = layers == null ? 1 : layers;
            dModel = dModel == null ? 64 : dModel;
            heads = heads == null ? 4 : heads;
            context = context == null ? 112 : context;
            Stage.Check.atLeast("layers", layers, 1);
            Stage.Check.atLeast("heads", heads, 1);
            if (dModel < 1 || dModel % heads != 0) {
                throw new IllegalArgumentException("d_model must be a positive multiple of heads (" + heads + "), got " + dModel);
            }
            Stage.Check.atLeast("context", context, 16);
        }
    }

    /**
     * Makes the scenario of the pipeline and of every stage (its level and options) and draws the held-out set, so that
     * a wrong option, level or held-out size is reported before anything runs, naming {@code source} and the field.
     *
     * @throws IllegalArgumentException "SOURCE: field stages[2].rl: what the scenario said"
     */
    public void check(ScenarioRegistry registry, String source) {
        registry.entry(scenario);
        String field = "options";
        try {
            var sc = new ScenarioConfig(seed, level, null, options);
            Scenario heldOutScenario = registry.make(scenario, sc.withSeed(Seeds.mix(seed, 4)));
            field = "heldout";
            HeldOutSet.draw(heldOutScenario, heldOut);
            for (int i = 0; i < stages.size(); i++) {
                Stage s = stages.get(i);
                field = "stages[" + i + "]." + s.kind();
                var merged = new HashMap<>(options);
                merged.putAll(s.options());
                registry.make(scenario, new ScenarioConfig(seed, s.level() == null ? level : s.level(), null, merged));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": field " + field + ": " + e.getMessage(), e);
        }
    }

    /** The same pipeline with another seed. */
    public PipelineSpec withSeed(long seed) {
        return new PipelineSpec(name, seed, scenario, level, options, model, init, maxTokens, heldOut, stages);
    }

    /** The presets shipped with jgym, by name. */
    public static final List<String> PRESETS = List.of("r1-zero", "r1");

    private static final ObjectMapper YAML = configure(new YAMLMapper());
    private static final ObjectMapper JSON = configure(new JsonMapper());

    private static ObjectMapper configure(ObjectMapper m) {
        return m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads a pipeline file: JSON when its name ends in {@code .json}, YAML otherwise.
     *
     * @throws IllegalArgumentException naming the file, line and field of what is wrong
     */
    public static PipelineSpec read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file (or give a preset: " + String.join(", ", PRESETS) + ")");
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(text, file.toString(), json);
    }

    /** The preset {@code name} ({@link #PRESETS}), or null when there is none of that name. */
    public static PipelineSpec preset(String name) throws IOException {
        if (!PRESETS.contains(name)) return null;
        return parse(presetText(name), "preset " + name, false);
    }

    /** The YAML text of the preset {@code name}, to print and edit. */
    public static String presetText(String name) throws IOException {
        try (InputStream in = PipelineSpec.class.getResourceAsStream(name + ".yaml")) {
            if (in == null) throw new IllegalArgumentException("no preset '" + name + "' (presets: " + String.join(", ", PRESETS) + ")");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Parses pipeline text.
     *
     * @param source names the text in error messages (a file name)
     */
    public static PipelineSpec parse(String text, String source, boolean json) {
        if (text.isBlank()) throw new IllegalArgumentException(source + ": empty pipeline");
        try {
            PipelineSpec spec = (json ? JSON : YAML).readValue(text, PipelineSpec.class);
            if (spec == null) throw new IllegalArgumentException(source + ": empty pipeline");
            return spec;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(describe(e, source, FieldLines.of(text, (json ? JSON : YAML).getFactory())), e);
        }
    }

    /**
     * "FILE: line L, field stages[1].rl.steps: what is wrong". A check that failed after its object was read names the
     * field first in its message ("steps must be >= 1"); the line is then that field's, found in {@code lines}.
     */
    static String describe(JsonProcessingException e, String source, FieldLines lines) {
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        Matcher stage = STAGE_PATH.matcher(path);
        if (stage.find() && !(e instanceof InvalidTypeIdException)) {
            String kind = lines.onlyField(stage.group()); // Jackson's path leaves out the kind a stage is wrapped in
            String rest = path.substring(stage.end());
            if (kind != null && !rest.equals("." + kind) && !rest.startsWith("." + kind + ".")) {
                path = stage.group() + "." + kind + rest;
            }
        }
        String message;
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            message = v.getCause().getMessage();
            String field = message.split(" ", 2)[0];
            String candidate = path.isEmpty() ? field : path + "." + field;
            if (lines.line(candidate) > 0) path = candidate;
        } else if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown field '" + u.getPropertyName() + "'; known: "
                    + String.join(", ", u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList());
        } else if (e instanceof InvalidTypeIdException t) {
            message = "unknown stage '" + t.getTypeId() + "'; stages are pretrain, sft, rl, rejection_sft";
        } else {
            String msg = e.getOriginalMessage();
            int cut = msg.indexOf("\n");
            message = cut > 0 ? msg.substring(0, cut) : msg;
        }
        int line = path.isEmpty() ? -1 : lines.line(path);
        JsonLocation at = e.getLocation();
        if (line < 0 && at != null && !(e instanceof ValueInstantiationException)) line = at.getLineNr();
        var b = new StringBuilder(source);
        if (line > 0) b.append(": line ").append(line);
        if (!path.isEmpty()) b.append(", field ").append(path);
        return b.append(": ").append(message).toString();
    }

    private static final Pattern STAGE_PATH = Pattern.compile("^stages\\[\\d+\\]");

    private static String path(List<JsonMappingException.Reference> refs) {
        var b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) b.append('.');
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
