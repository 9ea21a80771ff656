package jgym.agents.model;

/**
 * tanh and exp in single precision as plain arithmetic, for the decode step's loops ({@link BlasDecoder}), where
 * {@code Math.tanh} and {@code Math.exp} cost about 15-50 ns a call (measured here: {@code Math.exp} 14.6 ns, the
 * polynomial below 5.3 ns; a GELU loop over {@link #tanh} 0.5 ns per element once the JIT vectorises it, 7 ns with a
 * branch in it). Errors against {@code Math} are tested in {@code DecoderTest}: below 1e-6 absolute for tanh, 2e-7
 * relative for exp.
 */
final class FloatMath {
    private static final float TANH_CLAMP = 7.90531110763549805f;
    private static final float A1 = 4.89352455891786e-03f, A3 = 6.37261928875436e-04f, A5 = 1.48572235717979e-05f,
            A7 = 5.12229709037114e-08f, A9 = -8.60467152213735e-11f, A11 = 2.00018790482477e-13f, A13 = -2.76076847742355e-16f;
    private static final float B0 = 4.89352518554385e-03f, B2 = 2.26843463243900e-03f, B4 = 1.18534705686654e-04f,
            B6 = 1.19825839466702e-06f;
    private static final float LOG2E = 1.44269504088896341f, LN2_HI = 0.693359375f, LN2_LO = -2.12194440e-4f;
    private static final float P0 = 1.9875691500e-4f, P1 = 1.3981999507e-3f, P2 = 8.3334519073e-3f, P3 = 4.1665795894e-2f,
            P4 = 1.6666665459e-1f, P5 = 5.0000001201e-1f;

    private FloatMath() {}

    /**
     * Eigen's rational approximation ({@code generic_fast_tanh_float}: a [13/6] odd/even polynomial ratio on
     * [-7.9053, 7.9053], clamped outside). No branch, so loops over it vectorise.
     */
    static float tanh(float z) {
        float x = Math.max(-TANH_CLAMP, Math.min(TANH_CLAMP, z));
        float x2 = x * x;
        float p = x2 * A13 + A11;
        p = x2 * p + A9;
        p = x2 * p + A7;
        p = x2 * p + A5;
        p = x2 * p + A3;
        p = x2 * p + A1;
        p = x * p;
        float q = x2 * B6 + B4;
        q = x2 * q + B2;
        q = x2 * q + B0;
        return p / q;
    }

    /**
     * Cephes' {@code expf}: x = n ln2 + r with |r| <= ln2/2, e^r by a degree-7 polynomial, times 2^n built from its
     * exponent bits. For x in [-87, 88]; smaller x gives e^-87 (about 1.6e-38), which in a softmax whose largest term
     * is 1 is as good as 0.
     */
    static float exp(float x) {
        x = Math.max(x, -87f);
        float n = (float) Math.floor(x * LOG2E + 0.5f);
        float r = x - n * LN2_HI - n * LN2_LO;
        float p = P0;
        p = p * r + P1;
        p = p * r + P2;
        p = p * r + P3;
        p = p * r + P4;
        p = p * r + P5;
        p = p * r * r + r + 1f;
        return p * Float.intBitsToFloat(((int) n + 127) << 23);
    }
}
