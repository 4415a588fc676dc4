package io.claimcheck.language;

import java.util.Arrays;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search with a beam of one, without the beam: at each word the one most probable tag, from the same
 * context generator, model and validator. Where the beam would have more than one candidate to choose from (two tags
 * equally probable, the most probable one invalid, a probability that is not a number, a sequence score at the
 * beam's floor), the sentence is tagged by {@link BeamSearch} itself, so the tags are always the beam's. The beam
 * copied each candidate's tags and sorted every word's probabilities to find the best one: a third of the tagger's
 * time on news sentences. Stateless, so one instance serves every thread.
 */
final class GreedySequence implements SequenceClassificationModel {

    /** The beam's floor for a sequence's log score (BeamSearch's {@code zeroLog}). */
    private static final double FLOOR = -100000;

    private static final Object[] NO_CONTEXT = new Object[0];

    private final MaxentModel model;

    GreedySequence(MaxentModel model) {
        this.model = model;
    }

    @Override
    public <T> Sequence bestSequence(
            T[] sequence,
            Object[] additionalContext,
            BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        Object[] context = additionalContext == null ? NO_CONTEXT : additionalContext;
        String[] outcomes = new String[sequence.length];
        double[] probs = new double[sequence.length];
        double[] buffer = new double[model.getNumOutcomes()];
        double score = 0;
        for (int i = 0; i < sequence.length; i++) {
            String[] before = Arrays.copyOf(outcomes, i);
            double[] scores = model.eval(cg.getContext(i, sequence, before, context), buffer);
            int best = 0;
            boolean tied = false;
            for (int p = 0; p < scores.length; p++) {
                if (Double.isNaN(scores[p])) {
                    return beam(sequence, additionalContext, cg, validator);
                }
                if (scores[p] > scores[best]) {
                    best = p;
                    tied = false;
                } else if (p != best && scores[p] == scores[best]) {
                    tied = true;
                }
            }
            String out = model.getOutcome(best);
            score += StrictMath.log(scores[best]);
            if (tied || !validator.validSequence(i, sequence, before, out) || !(score > FLOOR)) {
                return beam(sequence, additionalContext, cg, validator);
            }
            outcomes[i] = out;
            probs[i] = scores[best];
        }
        Sequence s = new Sequence();
        for (int i = 0; i < outcomes.length; i++) {
            s.add(outcomes[i], probs[i]);
        }
        return s;
    }

    /** The beam of one itself, for a sentence where more than one tag could be chosen. */
    private <T> Sequence beam(
            T[] sequence,
            Object[] additionalContext,
            BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        return new BeamSearch(1, model).bestSequence(sequence, additionalContext, cg, validator);
    }

    @Override
    public <T> Sequence[] bestSequences(
            int numSequences,
            T[] sequence,
            Object[] additionalContext,
            double minSequenceScore,
            BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        return new BeamSearch(1, model)
                .bestSequences(numSequences, sequence, additionalContext, minSequenceScore, cg, validator);
    }

    @Override
    public <T> Sequence[] bestSequences(
            int numSequences,
            T[] sequence,
            Object[] additionalContext,
            BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        return new BeamSearch(1, model).bestSequences(numSequences, sequence, additionalContext, cg, validator);
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        return outcomes;
    }
}
