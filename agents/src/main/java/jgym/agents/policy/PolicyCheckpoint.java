package jgym.agents.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import jgym.agents.model.AdamW;
import jgym.agents.model.AdamWConfig;
import jgym.agents.model.Parameters;
import jgym.agents.model.TransformerConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A {@link TransformerPolicy} checkpoint: a directory with {@code manifest.json} (format version, model config,
 * tokenizer alphabet, AdamW settings, optimiser step, initialisation seed, parameter names and shapes) and three raw
 * big-endian arrays in the model's precision, each the parameters concatenated in manifest order: {@code weights.bin},
 * {@code adam_m.bin}, {@code adam_v.bin}. Checkpoints are taken between steps: un-stepped gradients are not saved. The
 * policy keeps no random state of its own (sampling derives everything from the seed passed to each call), so the
 * initialisation seed and the step count are the whole of its RNG state.
 */
public final class PolicyCheckpoint {
    /** Version of the layout above. */
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyCheckpoint() {}

    /** Writes {@code policy} to {@code dir}, creating it; existing files of the same names are replaced. */
    public static void save(TransformerPolicy policy, Path dir) throws IOException {
        Files.createDirectories(dir);
        TransformerConfig c = policy.config();
        AdamW opt = policy.optimizer();
        AdamWConfig a = opt.config();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode model = root.putObject("model");
        model.put("vocabSize", c.vocabSize()).put("contextLength", c.contextLength()).put("layers", c.layers())
                .put("dModel", c.dModel()).put("heads", c.heads()).put("mlpRatio", c.mlpRatio()).put("dataType", c.dataType().name());
        ObjectNode tok = root.putObject("tokenizer");
        tok.put("type", "char").put("alphabet", policy.tokenizer().alphabet());
        ObjectNode adam = root.putObject("adamw");
        adam.put("learningRate", a.learningRate()).put("beta1", a.beta1()).put("beta2", a.beta2()).put("epsilon", a.epsilon())
                .put("weightDecay", a.weightDecay()).put("maxGradNorm", a.maxGradNorm());
        root.put("step", opt.step());
        root.put("seed", policy.seed());
        ArrayNode arrays = root.putArray("parameters");
        Parameters p = policy.parameters();
        for (String name : p.names()) {
            ObjectNode e = arrays.addObject();
            e.put("name", name);
            ArrayNode shape = e.putArray("shape");
            for (long d : p.get(name).shape()) shape.add(d);
        }
        writeArrays(p, dir.resolve("weights.bin"));
        writeArrays(opt.firstMoments(), dir.resolve("adam_m.bin"));
        writeArrays(opt.secondMoments(), dir.resolve("adam_v.bin"));
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("manifest.json").toFile(), root);
    }

    /** Reads a checkpoint written by {@link #save}; IOException if files are missing, IllegalArgumentException if inconsistent. */
    public static TransformerPolicy load(Path dir) throws IOException {
        JsonNode root = JSON.readTree(dir.resolve("manifest.json").toFile());
        int format = root.path("format").asInt(-1);
        if (format != FORMAT) throw new IllegalArgumentException("checkpoint format " + format + " in " + dir + ", expected " + FORMAT);
        JsonNode m = root.get("model");
        TransformerConfig config = new TransformerConfig(m.get("vocabSize").asInt(), m.get("contextLength").asInt(),
                m.get("layers").asInt(), m.get("dModel").asInt(), m.get("heads").asInt(), m.get("mlpRatio").asInt(),
                DataType.valueOf(m.get("dataType").asText()));
        CharTokenizer tok = new CharTokenizer(root.get("tokenizer").get("alphabet").asText());
        JsonNode a = root.get("adamw");
        AdamWConfig adam = new AdamWConfig(a.get("learningRate").asDouble(), a.get("beta1").asDouble(), a.get("beta2").asDouble(),
                a.get("epsilon").asDouble(), a.get("weightDecay").asDouble(), a.get("maxGradNorm").asDouble());
        Parameters weights = readArrays(config, dir.resolve("weights.bin"));
        Parameters first = readArrays(config, dir.resolve("adam_m.bin"));
        Parameters second = readArrays(config, dir.resolve("adam_v.bin"));
        AdamW opt = new AdamW(adam, first, second, root.get("step").asLong());
        return new TransformerPolicy(config, tok, weights, opt, root.get("seed").asLong());
    }

    private static void writeArrays(Parameters p, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            writeArrays(p, out);
        }
    }

    private static void writeArrays(Parameters p, DataOutputStream out) throws IOException {
        boolean dbl = p.dataType() == DataType.DOUBLE;
        for (String name : p.names()) {
            INDArray arr = p.get(name).dup('c');
            if (dbl) {
                for (double x : arr.data().asDouble()) out.writeDouble(x);
            } else {
                for (float x : arr.data().asFloat()) out.writeFloat(x);
            }
        }
    }

    private static Parameters readArrays(TransformerConfig config, Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            Parameters p = readArrays(config, in);
            if (in.read() != -1) throw new IllegalArgumentException(file + " is longer than the manifest's parameters");
            return p;
        }
    }

    private static Parameters readArrays(TransformerConfig config, DataInputStream in) throws IOException {
        boolean dbl = config.dataType() == DataType.DOUBLE;
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : Parameters.shapes(config).entrySet()) {
            long n = 1;
            for (long d : e.getValue()) n *= d;
            if (dbl) {
                double[] data = new double[Math.toIntExact(n)];
                for (int i = 0; i < data.length; i++) data[i] = in.readDouble();
                arrays.put(e.getKey(), Nd4j.create(data, e.getValue(), DataType.DOUBLE));
            } else {
                float[] data = new float[Math.toIntExact(n)];
                for (int i = 0; i < data.length; i++) data[i] = in.readFloat();
                arrays.put(e.getKey(), Nd4j.create(data, e.getValue(), DataType.FLOAT));
            }
        }
        return Parameters.of(config, arrays);
    }

    /**
     * The policy's shape, tokenizer and weights as bytes, without its optimiser state: what a worker needs to sample
     * from it ({@link #snapshot(byte[])}); how the spark module broadcasts a policy each step.
     */
    public static byte[] weights(TransformerPolicy policy) {
        TransformerConfig c = policy.config();
        var bytes = new java.io.ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(c.vocabSize());
            out.writeInt(c.contextLength());
            out.writeInt(c.layers());
            out.writeInt(c.dModel());
            out.writeInt(c.heads());
            out.writeInt(c.mlpRatio());
            out.writeUTF(c.dataType().name());
            byte[] alphabet = policy.tokenizer().alphabet().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(alphabet.length);
            out.write(alphabet);
            writeArrays(policy.parameters(), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** A frozen policy from {@link #weights(TransformerPolicy)}'s bytes: it samples exactly as the policy did. */
    public static TransformerSnapshot snapshot(byte[] weights) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(weights))) {
            int format = in.readInt();
            if (format != FORMAT) throw new IllegalArgumentException("weights format " + format + ", expected " + FORMAT);
            TransformerConfig config = new TransformerConfig(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    in.readInt(), DataType.valueOf(in.readUTF()));
            byte[] alphabet = new byte[in.readInt()];
            in.readFully(alphabet);
            CharTokenizer tok = new CharTokenizer(new String(alphabet, java.nio.charset.StandardCharsets.UTF_8));
            Parameters p = readArrays(config, in);
            if (in.read() != -1) throw new IllegalArgumentException("the weights are longer than their shapes");
            return new TransformerSnapshot(config, tok, p);
        } catch (java.io.EOFException e) {
            throw new IllegalArgumentException("the weights end early (" + weights.length + " bytes)", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail otherwise
        }
    }
}
