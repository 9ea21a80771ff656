package jgym.agents.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class BuffersTest {
    /** [[0, 1, 2], [3, 4, 5]] + 0.25, built element by element. */
    private static INDArray ramp(DataType type) {
        INDArray m = Nd4j.create(type, 2, 3);
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) m.putScalar(i, j, 3 * i + j + 0.25);
        return m;
    }

    @Test
    void readsOwnedArraysViewsAndTransposesInRowMajorOrder() {
        double[] expected = {0.25, 1.25, 2.25, 3.25, 4.25, 5.25};
        assertArrayEquals(expected, Buffers.toDoubles(ramp(DataType.FLOAT)), 0.0);
        assertArrayEquals(expected, Buffers.toDoubles(ramp(DataType.DOUBLE)), 0.0);
        assertArrayEquals(new float[] {1.25f, 4.25f}, Buffers.toFloats(ramp(DataType.FLOAT).get(NDArrayIndex.all(), NDArrayIndex.point(1))), 0f);
        assertArrayEquals(new double[] {0.25, 3.25, 1.25, 4.25, 2.25, 5.25}, Buffers.toDoubles(ramp(DataType.FLOAT).transpose()), 0.0);
        assertArrayEquals(new double[] {3.25, 4.25, 5.25}, Buffers.toDoubles(ramp(DataType.FLOAT).getRow(1)), 0.0); // a view at offset 3
        assertThrows(IllegalArgumentException.class, () -> Buffers.toFloats(ramp(DataType.DOUBLE)));
    }

    @Test
    void rowsAreReadAndWrittenOneAtATime() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            Buffers.Rows rows = new Buffers.Rows(ramp(type));
            double[] row = new double[3];
            rows.read(1, row);
            assertArrayEquals(new double[] {3.25, 4.25, 5.25}, row, 0.0, type.toString());
            rows.write(0, new double[] {-1.5, 2.0, 7.0, 99.0}); // only the first 3 values belong to the row
            assertEquals(-1.5, rows.array().getDouble(0, 0), 0.0);
            assertEquals(7.0, rows.array().getDouble(0, 2), 0.0);
            assertEquals(3.25, rows.array().getDouble(1, 0), 0.0);
        }
        Buffers.Rows transposed = new Buffers.Rows(ramp(DataType.FLOAT).transpose()); // [3, 2] view, read from a copy
        double[] row = new double[2];
        transposed.read(2, row);
        assertArrayEquals(new double[] {2.25, 5.25}, row, 0.0);
        assertThrows(IllegalArgumentException.class, () -> new Buffers.Rows(Nd4j.create(DataType.FLOAT, 2, 2, 2)));
    }
}
