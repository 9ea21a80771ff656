package jgym.agents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Each kernel that reads host memory in Java (used only on the CPU backend) against its portable ND4J path (used on
 * every other backend), on the CPU, to 1e-5. BatchedGemmTest, DecoderTest and LayerMathTest cover the others.
 */
class PortablePathsTest {
    @BeforeAll
    static void oneThread() {
        Backend.limitThreads(1);
    }

    private static INDArray random(long seed, long... shape) {
        SplittableRandom rng = new SplittableRandom(seed);
        INDArray a = Nd4j.create(DataType.FLOAT, shape);
        for (long i = 0; i < a.length(); i++) a.putScalar(i, rng.nextGaussian());
        return a;
    }

    private static double maxDifference(INDArray a, INDArray b) {
        return a.castTo(DataType.DOUBLE).sub(b.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
    }

    @Test
    void columnSumsInJavaEqualTheGemmPath() {
        assertTrue(Backend.isCpu());
        INDArray m = random(1, 300, 37);
        INDArray java = random(2, 37), portable = java.dup();
        LayerMath.addColumnSums(m, java);
        LayerMath.addColumnSumsPortable(m, portable);
        assertTrue(maxDifference(java, portable) < 1e-5, "largest difference " + maxDifference(java, portable));
        double expected = 0;
        for (int i = 0; i < 300; i++) expected += m.getDouble(i, 5);
        assertEquals(random(2, 37).getDouble(5) + expected, java.getDouble(5), 1e-4, "column 5 summed by hand");
    }

    @Test
    void embeddingGradientsInJavaEqualTheOneHotGemmPath() {
        TransformerConfig config = new TransformerConfig(11, 8, 1, 16, 2, 2, DataType.FLOAT);
        var model = new Transformer(config, Parameters.initialise(config, 3));
        int batch = 3, steps = 8;
        int[] tokens = new int[batch * steps];
        SplittableRandom rng = new SplittableRandom(4);
        for (int i = 0; i < tokens.length; i++) tokens[i] = rng.nextInt(11);
        INDArray dx = random(5, batch * steps, 16);
        Parameters java = Parameters.zerosLike(model.parameters()), portable = Parameters.zerosLike(model.parameters());
        model.scatterAddEmbeddings(tokens, steps, dx, java);
        model.scatterAddEmbeddingsPortable(tokens, steps, dx, portable);
        for (String name : new String[] {"wte", "wpe"}) {
            double d = maxDifference(java.get(name), portable.get(name));
            assertTrue(d < 1e-5, name + ": largest difference " + d);
        }
        double byHand = 0;
        for (int row = 0; row < tokens.length; row++) if (tokens[row] == tokens[0]) byHand += dx.getDouble(row, 3);
        assertEquals(byHand, java.get("wte").getDouble(tokens[0], 3), 1e-5, "token " + tokens[0] + "'s gradient, column 3, by hand");
        assertEquals(0.0, portable.get("value.w").sumNumber().doubleValue(), "other gradients untouched");
    }
}
