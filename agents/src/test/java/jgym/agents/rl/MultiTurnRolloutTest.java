package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jgym.agents.model.AdamWConfig;
import jgym.agents.model.TransformerConfig;
import jgym.agents.policy.CharTokenizer;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.TransformerPolicy;
import jgym.env.Budget;
import jgym.env.Env;
import jgym.env.EnvWrapper;
import jgym.env.Observation;
import jgym.env.PromptTemplate;
import jgym.env.ReasoningEnv;
import jgym.env.Step;
import jgym.env.Task;
import jgym.env.Tool;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Multi-turn rollouts: a tool's output between the policy's turns is in the transcript the policy continues and in the
 * sequence a trainer scores, but never in the loss; the reward is the env's on the last step. Expectations come from
 * a recording wrapper on the env side and from a fresh forward pass of the policy, not from the rollout.
 */
class MultiTurnRolloutTest {
    private static final EchoDigitScenario SCENARIO = new EchoDigitScenario(3, 10);
    private static final SamplingConfig SAMPLING = new SamplingConfig(3, 1.0, 1.0, List.of());

    static TransformerPolicy policy(int contextLength, long seed) {
        var tok = new CharTokenizer("0123456789len \n");
        var config = new TransformerConfig(tok.vocabSize(), contextLength, 1, 32, 2, 2, DataType.FLOAT);
        return TransformerPolicy.create(config, tok, AdamWConfig.defaults().withLearningRate(1e-2), seed);
    }

    /** Records, per episode, the text a transcript should hold, the tool calls and the final reward. */
    static final class Recorder extends EnvWrapper {
        final StringBuilder text = new StringBuilder();
        int calls;
        Step last;

        Recorder(Env env) {
            super(env);
        }

        @Override
        public Observation reset(Task task) {
            text.setLength(0);
            calls = 0;
            return super.reset(task);
        }

        @Override
        public Step step(String action) {
            Step s = super.step(action);
            text.append(action);
            if (!s.done()) {
                text.append('\n').append(s.observation().text()).append('\n');
                calls++;
            }
            last = s;
            return s;
        }
    }

    private static Rollout rollout(List<Recorder> made, int turns, Tool tool, int groups) {
        return new Rollout(() -> {
            var r = new Recorder(new ReasoningEnv(SCENARIO, SCENARIO.rubric(), Budget.turns(turns), tool, PromptTemplate.PLAIN));
            made.add(r);
            return r;
        }, new RolloutConfig(4, groups, SAMPLING, PromptTemplate.PLAIN), 11);
    }

    @Test
    void everyTurnAndToolOutputIsInTheTranscriptAndOnlyThePolicysTokensCount() {
        var made = new ArrayList<Recorder>();
        Tool length = (task, action) -> Optional.of("len " + action.length());
        var policy = policy(64, 5);
        RolloutBatch batch = rollout(made, 3, length, 3).collect(policy, 0);
        assertEquals(12, batch.size());
        float[][] rescored = policy.logProbs(batch.sequences());
        boolean[][] mask = batch.mask(false);
        int written = 0, notWritten = 0;
        for (int i = 0; i < batch.size(); i++) {
            Recorder env = made.get(i);
            var sample = batch.sample(i);
            assertEquals(env.text.toString(), sample.text(), "completion " + i + ": every turn and tool output, in order");
            assertEquals(2, env.calls);
            assertEquals(2, batch.toolCalls(i));
            assertEquals(env.last.reward(), batch.reward(i), "the env's reward on the last step");
            assertTrue(batch.truncated()[i], "the third call ran out of turns: the env truncated the episode");
            assertEquals(sample.text(), policy.tokenizer().decode(sample.tokens()), "the tokens are the text");
            int[] tokens = sample.tokens();
            for (int t = 0; t < tokens.length; t++) {
                if (mask[i][t]) {
                    written++;
                    assertEquals(sample.logProbs()[t], rescored[i][t], 1e-4,
                            "completion " + i + " token " + t + ": sampled in exactly the context the trainer scores");
                } else {
                    notWritten++;
                }
            }
            String firstOutput = "\nlen " + sample.text().indexOf('\n', 0) + "\n";
            assertTrue(sample.text().contains("\nlen "), sample.text());
            assertFalse(mask[i][sample.text().indexOf(firstOutput) + 1], "a tool's output is not in the loss");
            assertArrayEquals(new boolean[tokens.length], batch.mask(true)[i], "masking truncated completions masks it all");
        }
        assertTrue(written > 20 && notWritten > 40, written + " written, " + notWritten + " tool tokens");
        assertEquals(written, batch.tokens(), "tokens() counts what the policy wrote");
    }

    @Test
    void episodesEndWhenTheEnvSaysAndTheRewardReadsTheLastTurn() {
        var made = new ArrayList<Recorder>();
        Tool oddCalls = (task, action) -> action.length() % 2 == 1 ? Optional.of("len " + action.length()) : Optional.empty();
        var policy = policy(64, 8);
        RolloutBatch batch = rollout(made, 5, oddCalls, 6).collect(policy, 0);
        int[] byCalls = new int[5];
        for (int i = 0; i < batch.size(); i++) {
            Recorder env = made.get(i);
            assertEquals(env.text.toString(), batch.sample(i).text(), "completion " + i);
            assertEquals(env.calls, batch.toolCalls(i), "completion " + i);
            assertEquals(env.last.reward(), batch.reward(i), "completion " + i);
            String lastTurn = env.last.observation().text();
            assertEquals(SCENARIO.rubric().evaluate(env.last.observation().task(), lastTurn), batch.reward(i),
                    "the rubric reads the last turn only");
            byCalls[batch.toolCalls(i)]++;
        }
        assertTrue(byCalls[0] > 0 && byCalls[1] > 0, "some episodes answer at once, some after a call: " + java.util.Arrays.toString(byCalls));
        float[][] rescored = policy.logProbs(batch.sequences());
        boolean[][] mask = batch.mask(false);
        for (int i = 0; i < batch.size(); i++) {
            for (int t = 0; t < mask[i].length; t++) {
                if (mask[i][t]) assertEquals(batch.sample(i).logProbs()[t], rescored[i][t], 1e-4, "completion " + i + " token " + t);
            }
        }
    }

    @Test
    void aTranscriptThatFillsTheContextEndsOnAnEmptyTruncatedAnswer() {
        var made = new ArrayList<Recorder>();
        String output = "len 0123456789";
        Tool talkative = (task, action) -> action.isEmpty() ? Optional.empty() : Optional.of(output);
        var policy = policy(24, 3);
        RolloutBatch batch = rollout(made, 10, talkative, 2).collect(policy, 0);
        int full = 0;
        for (int i = 0; i < batch.size(); i++) {
            var sample = batch.sample(i);
            assertTrue(sample.tokens().length + 1 <= 24 + 1, "fits the context: " + sample.tokens().length);
            assertEquals("", made.get(i).last.observation().text(), "the last action is the empty answer");
            int shown = sample.text().split(output, -1).length - 1;
            if (batch.truncated()[i]) {
                full++; // the context filled: the last call's output was dropped, then the empty answer ended it
                assertEquals(batch.toolCalls(i) - 1, shown, "the output that did not fit is not in the transcript: " + sample.text());
            } else {
                assertEquals(batch.toolCalls(i), shown, "the policy ended with an empty answer of its own: " + sample.text());
            }
        }
        assertTrue(full > 0, "some transcripts filled the context");
        policy.logProbs(batch.sequences()); // every sequence fits the policy's context

        Tool answersEverything = (task, action) -> Optional.of(output);
        var e = assertThrows(IllegalStateException.class, () -> rollout(new ArrayList<>(), 10, answersEverything, 1).collect(policy, 0));
        assertTrue(e.getMessage().startsWith("the transcript of task echo/"), e.getMessage());
        assertTrue(e.getMessage().contains("filled the policy's context (24 tokens)"), e.getMessage());
    }

    @Test
    void grpoTrainsOnMultiTurnBatches() {
        Tool length = (task, action) -> action.length() % 2 == 1 ? Optional.of("len " + action.length()) : Optional.empty();
        var trainer = new GrpoTrainer(policy(64, 2), rollout(new ArrayList<>(), 3, length, 4), GrpoConfig.grpo(), new OptimConfig(1, 1));
        for (int s = 0; s < 3; s++) {
            StepMetrics m = trainer.step();
            assertTrue(Double.isFinite(m.rollout().rewardMean()));
            if (m.update() != null) assertTrue(Double.isFinite(m.update().loss()), "step " + s);
        }
        assertEquals(3, trainer.steps());
    }

    /** What a distributed stage relies on: groups sampled in slices, rows numbered from the slice's first group. */
    @Test
    void slicesOfTheGroupsDrawWhatOneCallOverAllOfThemDraws() {
        Tool oddCalls = (task, action) -> action.length() % 2 == 1 ? Optional.of("len " + action.length()) : Optional.empty();
        var policy = policy(64, 4);
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 7; i++) tasks.add(SCENARIO.task(i));
        RolloutBatch whole = rollout(new ArrayList<>(), 4, oddCalls, 7).collect(policy, tasks, 99);
        RolloutBatch first = rollout(new ArrayList<>(), 4, oddCalls, 3).collect(policy, tasks.subList(0, 3), 99, 0);
        RolloutBatch rest = rollout(new ArrayList<>(), 4, oddCalls, 4).collect(policy, tasks.subList(3, 7), 99, 3);
        RolloutBatch joined = first.plus(rest);
        assertEquals(whole.size(), joined.size());
        int calls = 0;
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.sample(i).text(), joined.sample(i).text(), "completion " + i);
            assertArrayEquals(whole.sample(i).tokens(), joined.sample(i).tokens(), "completion " + i);
            // OpenBLAS may sum a row in another order for another batch size: the last bit of a float can differ
            assertArrayEquals(whole.sample(i).logProbs(), joined.sample(i).logProbs(), 1e-5f, "completion " + i);
            assertEquals(whole.reward(i), joined.reward(i), "completion " + i);
            calls += whole.toolCalls(i);
        }
        assertTrue(calls > 0, "some episodes took several turns");
        RolloutBatch unnumbered = rollout(new ArrayList<>(), 4, oddCalls, 4).collect(policy, tasks.subList(3, 7), 99);
        boolean differs = false;
        for (int i = 0; i < unnumbered.size(); i++) differs |= !unnumbered.sample(i).text().equals(rest.sample(i).text());
        assertTrue(differs, "without the row offset the slice draws other samples");
    }
}
