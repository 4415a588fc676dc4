package io.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 8: the extractor scored against hand-annotated news sentences. Prints precision, recall and F1 for
 * value and value+unit, overall, by class and by half: odd sentence ids are the half the lexicon was tuned on, even
 * ids are held out. Floors are what the extractor reached when they were set; raise them, never lower them.
 */
class NewsGoldTest {

    private static final Path DIR = ExtractTestSupport.ROOT.resolve("src/test/resources/news-gold");

    /** Floors on the annotated news gold (sentences.jsonl), F1 in [0, 1]. */
    private static final double VALUE_FLOOR = 0.982;

    private static final double VALUE_UNIT_FLOOR = 0.962;
    private static final double TUNED_VALUE_FLOOR = 0.993;
    private static final double TUNED_VALUE_UNIT_FLOOR = 0.976;

    private static final double HELD_OUT_VALUE_FLOOR = 0.969;
    private static final double HELD_OUT_VALUE_UNIT_FLOOR = 0.946;
    /** Issue 11's target for every class, value+unit, on the whole gold. */
    private static final double CLASS_VALUE_UNIT_FLOOR = 0.85;

    @Test
    void own_sentences_score_as_read_by_hand() throws IOException {
        NewsGoldScorer s = NewsGoldScorer.score(DIR.resolve("own-sentences.jsonl"));
        System.out.println("news-gold/own-sentences.jsonl\n" + s.table());
        s.misses.forEach(m -> System.out.println("  " + m));
        NewsGoldScorer.Cell all = s.cells.get("all");
        assertThat(all.gold).isEqualTo(25);
        assertThat(all.valueF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.valueUnitF1()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The third batch (sentences-3.jsonl: 247 sentences of 83 other pages, annotated blind on 2026-12-05), scored
     * before any change made for it at value F1 {@value #BATCH3_FIRST_VALUE} and value+unit
     * {@value #BATCH3_FIRST_VALUE_UNIT}: the nearest this project has to the held-out news sample. Its misses may be
     * read (it is a tuning set from then on); the floors are today's.
     */
    @Test
    void third_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-3.jsonl", "third batch", BATCH3_VALUE_FLOOR, BATCH3_VALUE_UNIT_FLOOR);
    }

    /**
     * The fourth batch (sentences-4.jsonl: 246 sentences of 83 other pages, annotated blind on 2026-12-05 in the
     * sixth session), scored once before anything was changed for it at value F1 {@value #BATCH4_FIRST_VALUE} and
     * value+unit {@value #BATCH4_FIRST_VALUE_UNIT}. It was held out until 2026-12-05, when it read value F1
     * {@value #BATCH4_HELD_OUT_VALUE} and value+unit {@value #BATCH4_HELD_OUT_VALUE_UNIT}; it is a tuning set since
     * then (its misses may be read, like the third batch's), and the floors are today's.
     */
    @Test
    void fourth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-4.jsonl", "fourth batch", BATCH4_VALUE_FLOOR, BATCH4_VALUE_UNIT_FLOOR);
    }

    /**
     * Scores a batch that may be tuned on, prints its table (and its misses with -Dnewsgold.misses=true). An extraction
     * round may hold some tuning batches back as its own check: -Dnewsgold.hold=sentences-26.jsonl,... scores them but
     * never prints their misses, so the round reads what it fixes on other batches and measures the held ones after.
     */
    private static void tuningBatchStaysAbove(String file, String label, double valueFloor, double valueUnitFloor)
            throws IOException {
        boolean held =
                List.of(System.getProperty("newsgold.hold", "").split(",")).contains(file);
        batchStaysAbove(
                file,
                held ? label + ", held back this round: misses not printed" : label,
                valueFloor,
                valueUnitFloor,
                Boolean.getBoolean("newsgold.misses") && !held);
    }

    /** Scores a batch against its floors and prints its table; its misses only when {@code misses}. */
    private static void batchStaysAbove(
            String file, String label, double valueFloor, double valueUnitFloor, boolean misses) throws IOException {
        NewsGoldScorer s = NewsGoldScorer.score(DIR.resolve(file));
        System.out.println("news-gold/" + file + " (" + label + ")\n" + s.table());
        if (misses) {
            s.misses.forEach(m -> System.out.println("  " + m));
        }
        assertThat(s.cells.get("all").valueF1()).isGreaterThanOrEqualTo(valueFloor);
        assertThat(s.cells.get("all").valueUnitF1()).isGreaterThanOrEqualTo(valueUnitFloor);
    }

    /**
     * The fifth batch (sentences-5.jsonl: 254 sentences of 90 other pages, annotated blind on 2026-12-05 in the
     * seventh session) read value F1 {@value #BATCH5_FIRST_VALUE} and value+unit {@value #BATCH5_FIRST_VALUE_UNIT}
     * at that session's start commit, before any change. It was held out until 2026-12-05, when it read value F1
     * {@value #BATCH5_HELD_OUT_VALUE} and value+unit {@value #BATCH5_HELD_OUT_VALUE_UNIT}; it is a tuning set since
     * then (its misses may be read, like the third and fourth batches'), and the floors are today's.
     */
    @Test
    void fifth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-5.jsonl", "fifth batch", BATCH5_VALUE_FLOOR, BATCH5_VALUE_UNIT_FLOOR);
    }

    /**
     * The sixth batch (sentences-6.jsonl: 249 sentences of 74 other pages, from sections the earlier batches lack:
     * mining, shipping, telecoms, space, aviation, courts; annotated blind on 2026-12-05 in the eighth session) read
     * value F1 {@value #BATCH6_FIRST_VALUE} and value+unit {@value #BATCH6_FIRST_VALUE_UNIT} at that session's start
     * commit, before any change. It was held out until 2026-12-05 (ninth session), when it read value F1
     * {@value #BATCH6_HELD_OUT_VALUE} and value+unit {@value #BATCH6_HELD_OUT_VALUE_UNIT}; it is a tuning set since then
     * (its misses may be read, like the earlier batches'), and the floors are today's.
     */
    @Test
    void sixth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-6.jsonl", "sixth batch", BATCH6_VALUE_FLOOR, BATCH6_VALUE_UNIT_FLOOR);
    }

    /**
     * The eighth batch (sentences-8.jsonl: 147 sentences of 48 other pages, from the seventh batch's kinds of
     * sections: automotive, box office, central banks, power grids, sports, demographics, pharma, crime, food, weather;
     * annotated blind on 2026-12-05 in the ninth session as a tuning set, so that the held-out seventh batch stays
     * unread) read value F1 {@value #BATCH8_FIRST_VALUE} and value+unit {@value #BATCH8_FIRST_VALUE_UNIT} at a503040,
     * before any change made for it; its misses may be read, and the floors are today's.
     */
    @Test
    void eighth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-8.jsonl", "eighth batch", BATCH8_VALUE_FLOOR, BATCH8_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH8_FIRST_VALUE = 0.911;
    private static final double BATCH8_FIRST_VALUE_UNIT = 0.859;
    private static final double BATCH8_VALUE_FLOOR = 0.963;
    // lowered from 0.949 on 2026-12-06 (eighteenth session) after a cold review: a large count stated as a rate is an
    // annual rate only with a word of the series in its sentence or the one before (numbers.json annualRateCue), since
    // "Employers added jobs at a rate of 250,000" is monthly; three of this batch's housing sentences, scored alone,
    // name no series ("This is 3.4 percent above the revised May rate of 1,399,000") and read as plain counts again
    private static final double BATCH8_VALUE_UNIT_FLOOR = 0.947;

    /**
     * The seventh batch (sentences-7.jsonl: 249 sentences of 73 other pages, 437 quantities, from sections the earlier
     * batches have little of: automotive, box office, fisheries, central banks, power grids, food, demographics,
     * pharma, crime; annotated blind on 2026-12-05 in the ninth session) read value F1 {@value #BATCH7_FIRST_VALUE}
     * and value+unit {@value #BATCH7_FIRST_VALUE_UNIT} at that session's start commit, before any change. It was held
     * out until 2026-12-05 (tenth session), when it read value F1 {@value #BATCH7_HELD_OUT_VALUE} and value+unit
     * {@value #BATCH7_HELD_OUT_VALUE_UNIT}; it is a tuning set since then (its misses may be read), and the floors are
     * today's.
     */
    @Test
    void seventh_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-7.jsonl", "seventh batch", BATCH7_VALUE_FLOOR, BATCH7_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH7_FIRST_VALUE = 0.879;
    private static final double BATCH7_FIRST_VALUE_UNIT = 0.817;
    private static final double BATCH7_HELD_OUT_VALUE = 0.879;
    private static final double BATCH7_HELD_OUT_VALUE_UNIT = 0.819;
    private static final double BATCH7_VALUE_FLOOR = 0.970;
    private static final double BATCH7_VALUE_UNIT_FLOOR = 0.939;

    /**
     * The ninth batch (sentences-9.jsonl: 247 sentences of 79 other pages, 464 quantities, from sections the earlier
     * batches have little of: astronomy, shipping, golf and cycling, agriculture, education, labour, games, housing,
     * insurance, local government, public health; annotated blind on 2026-12-05 in the tenth session) read value F1
     * {@value #BATCH9_FIRST_VALUE} and value+unit {@value #BATCH9_FIRST_VALUE_UNIT} at that session's start commit,
     * before any change. It was held out until 2026-12-06 (eleventh session), when it read value F1
     * {@value #BATCH9_HELD_OUT_VALUE} and value+unit {@value #BATCH9_HELD_OUT_VALUE_UNIT}; it is a tuning set since
     * then (its misses may be read), and the floors are today's.
     */
    @Test
    void ninth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-9.jsonl", "ninth batch", BATCH9_VALUE_FLOOR, BATCH9_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH9_FIRST_VALUE = 0.923;
    private static final double BATCH9_FIRST_VALUE_UNIT = 0.860;
    private static final double BATCH9_HELD_OUT_VALUE = 0.924;
    private static final double BATCH9_HELD_OUT_VALUE_UNIT = 0.861;
    private static final double BATCH9_VALUE_FLOOR = 0.981;
    private static final double BATCH9_VALUE_UNIT_FLOOR = 0.972;

    /**
     * The tenth batch (sentences-10.jsonl: 244 sentences of 70 other pages, 522 quantities, from sections the earlier
     * batches have little of: space, athletics and swimming, transfers, rail, cryptocurrency, mining, water, air
     * quality, courts, medicine, telecoms, defence, music, tourism; annotated blind on 2026-12-06 in the eleventh
     * session) read value F1 {@value #BATCH10_FIRST_VALUE} and value+unit {@value #BATCH10_FIRST_VALUE_UNIT} at that
     * session's start commit (e51631e), before any change. It was held out until 2026-12-06 (twelfth session), when it
     * read value F1 {@value #BATCH10_HELD_OUT_VALUE} and value+unit {@value #BATCH10_HELD_OUT_VALUE_UNIT}; it is a
     * tuning set since then (its misses may be read), and the floors are today's.
     */
    @Test
    void tenth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-10.jsonl", "tenth batch", BATCH10_VALUE_FLOOR, BATCH10_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH10_FIRST_VALUE = 0.910;
    private static final double BATCH10_FIRST_VALUE_UNIT = 0.808;
    private static final double BATCH10_HELD_OUT_VALUE = 0.922;
    private static final double BATCH10_HELD_OUT_VALUE_UNIT = 0.824;
    private static final double BATCH10_VALUE_FLOOR = 0.966;
    private static final double BATCH10_VALUE_UNIT_FLOOR = 0.939;

    /**
     * The eleventh batch (sentences-11.jsonl: 249 sentences of 74 other pages, 534 quantities, from sections the earlier
     * batches have little of: agriculture, shipping, oil and gas, games, commercial property, universities, migration,
     * commodity prices, cycling and marathons, prize money, aviation safety, climate science, polls, nuclear power,
     * archaeology, local transport; annotated blind on 2026-12-06 in the twelfth session) read value F1 {@value
     * #BATCH11_FIRST_VALUE} and value+unit {@value #BATCH11_FIRST_VALUE_UNIT} at that session's start commit (c7e6d3a),
     * before any change. It was held out until 2026-12-06 (thirteenth session), when it read value F1 {@value
     * #BATCH11_HELD_OUT_VALUE} and value+unit {@value #BATCH11_HELD_OUT_VALUE_UNIT}; it is a tuning set since then (its
     * misses may be read), and the floors are today's.
     */
    @Test
    void eleventh_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-11.jsonl", "eleventh batch", BATCH11_VALUE_FLOOR, BATCH11_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH11_FIRST_VALUE = 0.932;
    private static final double BATCH11_FIRST_VALUE_UNIT = 0.865;
    private static final double BATCH11_HELD_OUT_VALUE = 0.935;
    private static final double BATCH11_HELD_OUT_VALUE_UNIT = 0.868;
    private static final double BATCH11_VALUE_FLOOR = 0.982;
    private static final double BATCH11_VALUE_UNIT_FLOOR = 0.968;

    /**
     * The twelfth batch (sentences-12.jsonl: 245 sentences of 74 other pages, 491 quantities, from sections the earlier
     * batches have little of: hospitals, medicines, mining and metals, fisheries and forestry, telecoms and
     * satellites, space launches, box office and streaming, retail, housing and rents, public budgets, crime,
     * wildlife, solar and wind power, motor and horse racing, food and fertiliser prices, weather; annotated blind on
     * 2026-12-06 in the thirteenth session) read value F1 {@value #BATCH12_FIRST_VALUE} and value+unit {@value
     * #BATCH12_FIRST_VALUE_UNIT} at that session's start commit (f9f1b3b), before any change. It was held out until
     * 2026-12-06 (fourteenth session), when it read value F1 {@value #BATCH12_HELD_OUT_VALUE} and value+unit {@value
     * #BATCH12_HELD_OUT_VALUE_UNIT} (commit 29e2ad7); it is a tuning set since then (its misses may be read), and the
     * floors are today's.
     */
    @Test
    void twelfth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-12.jsonl", "twelfth batch", BATCH12_VALUE_FLOOR, BATCH12_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH12_FIRST_VALUE = 0.909;
    private static final double BATCH12_FIRST_VALUE_UNIT = 0.813;
    private static final double BATCH12_HELD_OUT_VALUE = 0.916;
    private static final double BATCH12_HELD_OUT_VALUE_UNIT = 0.820;
    private static final double BATCH12_VALUE_FLOOR = 0.962;
    private static final double BATCH12_VALUE_UNIT_FLOOR = 0.950;

    /**
     * The thirteenth batch (sentences-13.jsonl: 250 sentences of 73 other pages, 442 quantities, from sections the
     * earlier batches have little of: airlines and shipping, oil, gas and power markets, athletics and swimming, chips
     * and batteries, earthquakes and volcanoes, rail and roads, mortgages and pensions, schools, polls, tourism, oceans
     * and ice, insurance losses, strikes, water and drought; annotated blind on 2026-12-06 in the fourteenth session)
     * read value F1 {@value #BATCH13_FIRST_VALUE} and value+unit {@value #BATCH13_FIRST_VALUE_UNIT} at that session's
     * start commit (29e2ad7), before any change. It was held out until 2026-12-06 (fifteenth session), when it read
     * value F1 {@value #BATCH13_HELD_OUT_VALUE} and value+unit {@value #BATCH13_HELD_OUT_VALUE_UNIT} (commit 9814479);
     * it is a tuning set since then (its misses may be read), and the floors are today's.
     */
    @Test
    void thirteenth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-13.jsonl", "thirteenth batch", BATCH13_VALUE_FLOOR, BATCH13_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH13_FIRST_VALUE = 0.923;
    private static final double BATCH13_FIRST_VALUE_UNIT = 0.856;
    private static final double BATCH13_HELD_OUT_VALUE = 0.923;
    private static final double BATCH13_HELD_OUT_VALUE_UNIT = 0.858;
    // lowered by a tenth on 2026-12-06 after a cold review: a rising "N-M" after "be" is read as a range again ("were
    // 1-2 at the halfway mark" is a placing, but "Casualties were 20-30" is a range, and nothing tells them apart)
    private static final double BATCH13_VALUE_FLOOR = 0.963;
    private static final double BATCH13_VALUE_UNIT_FLOOR = 0.930;

    /**
     * The fourteenth batch (sentences-14.jsonl: 249 sentences of 70 other pages, 480 quantities, from sections the
     * earlier batches have little of: cricket, golf and tennis, crypto and stock markets, rain, snow and storms, public
     * health, space, mining, courts, streaming and games, property, medicine, cars, elections, farming, wildlife;
     * annotated blind on 2026-12-06 in the fifteenth session) read value F1 {@value #BATCH14_FIRST_VALUE} and
     * value+unit {@value #BATCH14_FIRST_VALUE_UNIT} at that session's start commit (9814479), before any change. It was
     * held out until 2026-12-06 (sixteenth session), when it read value F1 {@value #BATCH14_HELD_OUT_VALUE} and
     * value+unit {@value #BATCH14_HELD_OUT_VALUE_UNIT} (commit e06057b); it is a tuning set since then (its misses may be
     * read), and the floors are today's.
     */
    @Test
    void fourteenth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-14.jsonl", "fourteenth batch", BATCH14_VALUE_FLOOR, BATCH14_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH14_FIRST_VALUE = 0.936;
    private static final double BATCH14_FIRST_VALUE_UNIT = 0.909;
    private static final double BATCH14_HELD_OUT_VALUE = 0.937;
    private static final double BATCH14_HELD_OUT_VALUE_UNIT = 0.910;
    private static final double BATCH14_VALUE_FLOOR = 0.957;
    private static final double BATCH14_VALUE_UNIT_FLOOR = 0.945;

    /**
     * The fifteenth batch (sentences-15.jsonl: 244 sentences of 72 other pages, 482 quantities, from sections the
     * earlier batches have little of: football and basketball, the Olympics and cycling, box office, music and books,
     * telecoms, food prices and restaurants, retail and fashion, climate science, fishing and oceans, aviation, military,
     * migration, labour and wages, universities, nutrition, computing hardware; annotated blind on 2026-12-06 in the
     * sixteenth session) read value F1 {@value #BATCH15_FIRST_VALUE} and value+unit {@value #BATCH15_FIRST_VALUE_UNIT}
     * at that session's start code (e06057b), before any change. It was held out until 2026-12-06 (seventeenth
     * session), when it read value F1 {@value #BATCH15_HELD_OUT_VALUE} and value+unit {@value
     * #BATCH15_HELD_OUT_VALUE_UNIT} (commit 96c2f9c); it is a tuning set since then (its misses may be read), and the
     * floors are today's.
     */
    @Test
    void fifteenth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-15.jsonl", "fifteenth batch", BATCH15_VALUE_FLOOR, BATCH15_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH15_FIRST_VALUE = 0.927;
    private static final double BATCH15_FIRST_VALUE_UNIT = 0.866;
    private static final double BATCH15_HELD_OUT_VALUE = 0.930;
    private static final double BATCH15_HELD_OUT_VALUE_UNIT = 0.869;
    private static final double BATCH15_VALUE_FLOOR = 0.957;
    private static final double BATCH15_VALUE_UNIT_FLOOR = 0.932;

    /**
     * The sixteenth batch (sentences-16.jsonl: 240 sentences of 73 other pages, 517 quantities, from housing and
     * mortgages, electric cars, shipping and freight, farming and commodities, weather records, public health, courts,
     * space, stock markets, tourism and airlines, schools, artificial intelligence and data centres, labour and pay, and
     * city and state budgets; annotated blind on 2026-12-06 in the seventeenth session) read value F1 {@value
     * #BATCH16_FIRST_VALUE} and value+unit {@value #BATCH16_FIRST_VALUE_UNIT} at that session's start code (96c2f9c),
     * before any change. It was held out until 2026-12-06 (eighteenth session), when it read value F1 {@value
     * #BATCH16_HELD_OUT_VALUE} and value+unit {@value #BATCH16_HELD_OUT_VALUE_UNIT} (commit af223b9); it is a tuning
     * set since then (its misses may be read), and the floors are today's.
     */
    @Test
    void sixteenth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-16.jsonl", "sixteenth batch", BATCH16_VALUE_FLOOR, BATCH16_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH16_FIRST_VALUE = 0.930;
    private static final double BATCH16_FIRST_VALUE_UNIT = 0.864;
    private static final double BATCH16_HELD_OUT_VALUE = 0.933;
    private static final double BATCH16_HELD_OUT_VALUE_UNIT = 0.866;
    private static final double BATCH16_VALUE_FLOOR = 0.945;
    private static final double BATCH16_VALUE_UNIT_FLOOR = 0.916;

    /**
     * The seventeenth batch (sentences-17.jsonl: 239 sentences of 73 other pages, 496 quantities, from restaurants and
     * food prices, insurance, telecoms, water and drought, wildlife, power plants, retail, cryptocurrencies, mining,
     * medicines, stadiums and sports contracts, music and box office, public transport, defence, migration, and
     * earthquakes and volcanoes; annotated blind on 2026-12-06 in the eighteenth session) read value F1 {@value
     * #BATCH17_FIRST_VALUE} and value+unit {@value #BATCH17_FIRST_VALUE_UNIT} at that session's start code (af223b9),
     * before any change. It was held out until 2026-12-06 (nineteenth session), when it read value F1 {@value
     * #BATCH17_HELD_OUT_VALUE} and value+unit {@value #BATCH17_HELD_OUT_VALUE_UNIT} (commit e8a94b6); it is a tuning
     * set since then (its misses may be read), and the floors are today's.
     */
    @Test
    void seventeenth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-17.jsonl", "seventeenth batch", BATCH17_VALUE_FLOOR, BATCH17_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH17_FIRST_VALUE = 0.964;
    private static final double BATCH17_FIRST_VALUE_UNIT = 0.917;
    private static final double BATCH17_HELD_OUT_VALUE = 0.970;
    private static final double BATCH17_HELD_OUT_VALUE_UNIT = 0.926;
    // raised on 2026-12-06 (twentieth session) to the reading after the nineteenth session's extraction round
    private static final double BATCH17_VALUE_FLOOR = 0.980;
    private static final double BATCH17_VALUE_UNIT_FLOOR = 0.950;

    /**
     * The eighteenth batch (sentences-18.jsonl: 235 sentences of 69 other pages, 507 quantities, from home energy
     * bills, cars and fuel economy, food and nutrition, fitness and sports science, construction, weather records,
     * shipping and freight, data centres, interest rates, wages, hospital waiting times, space science, archaeology,
     * housing, farming yields and aviation; annotated blind on 2026-12-06 in the nineteenth session) read value F1
     * {@value #BATCH18_FIRST_VALUE} and value+unit {@value #BATCH18_FIRST_VALUE_UNIT} at that session's start code
     * (e8a94b6), before any change. It was held out until 2026-12-06 (twentieth session), when it read value F1 {@value
     * #BATCH18_HELD_OUT_VALUE} and value+unit {@value #BATCH18_HELD_OUT_VALUE_UNIT} (commit e055d50); it is a tuning set
     * since then (its misses may be read), and the floors are today's.
     */
    @Test
    void eighteenth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-18.jsonl", "eighteenth batch", BATCH18_VALUE_FLOOR, BATCH18_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH18_FIRST_VALUE = 0.920;
    private static final double BATCH18_FIRST_VALUE_UNIT = 0.823;
    private static final double BATCH18_HELD_OUT_VALUE = 0.920;
    private static final double BATCH18_HELD_OUT_VALUE_UNIT = 0.823;
    // raised on 2026-12-06 (twentieth session) to a tenth below the reading after that session's extraction round
    // (branch extract-20), as the other batches' floors that round lifted
    // fix-20: lowered from 0.958 / 0.916: the celsiusTenths rule and the fertilizer short-ton cue went (review)
    private static final double BATCH18_VALUE_FLOOR = 0.948;
    private static final double BATCH18_VALUE_UNIT_FLOOR = 0.905;

    /**
     * The nineteenth batch (sentences-19.jsonl: 245 sentences of 71 other pages, 512 quantities, from oil and gas,
     * mining, medicines and trials, gadgets, broadband, universities, tourism, crime, public finances, rail, fisheries
     * and oceans, elections and polling, water, endurance feats, renewable energy and animals; annotated blind on
     * 2026-12-06 in the twentieth session) read value F1 {@value #BATCH19_FIRST_VALUE} and value+unit {@value
     * #BATCH19_FIRST_VALUE_UNIT} at that session's start code (4a4a4f5), before any change. It was held out until
     * 2026-12-07 (twenty-first session), when it read value F1 {@value #BATCH19_HELD_OUT_VALUE} and value+unit {@value
     * #BATCH19_HELD_OUT_VALUE_UNIT} (commit aba49fc); it is a tuning set since then (its misses may be read). After
     * that session's extraction round (branch extract-21: rates and physical quantities) it read 0.963 / 0.941; the
     * floors are a tenth below that reading.
     */
    @Test
    void nineteenth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-19.jsonl", "nineteenth batch", BATCH19_VALUE_FLOOR, BATCH19_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH19_FIRST_VALUE = 0.953;
    private static final double BATCH19_FIRST_VALUE_UNIT = 0.921;
    private static final double BATCH19_HELD_OUT_VALUE = 0.954;
    private static final double BATCH19_HELD_OUT_VALUE_UNIT = 0.922;
    private static final double BATCH19_VALUE_FLOOR = 0.962;
    private static final double BATCH19_VALUE_UNIT_FLOOR = 0.940;

    /**
     * The twentieth batch (sentences-20.jsonl: 247 sentences of 71 other pages, 511 quantities, from aviation,
     * agriculture and food, shipping, weather and storms, personal finance, startups, sport records and transfers,
     * health and hospitals, housing, space, cars and EVs, the labour market, wildlife, cybersecurity, music and film,
     * and climate and emissions; annotated blind on 2026-12-07 in the twenty-first session) read value F1 {@value
     * #BATCH20_FIRST_VALUE} and value+unit {@value #BATCH20_FIRST_VALUE_UNIT} at that session's start code (9352f30,
     * the extractor of aba49fc), before any change. It was held out until 2026-12-07 (twenty-second session), when it
     * read value F1 {@value #BATCH20_HELD_OUT_VALUE} and value+unit {@value #BATCH20_HELD_OUT_VALUE_UNIT} (commit
     * 9086f0f); it is a tuning set since then (its misses may be read).
     */
    @Test
    void twentieth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-20.jsonl", "twentieth batch", BATCH20_VALUE_FLOOR, BATCH20_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH20_FIRST_VALUE = 0.943;
    private static final double BATCH20_FIRST_VALUE_UNIT = 0.892;
    private static final double BATCH20_HELD_OUT_VALUE = 0.943;
    private static final double BATCH20_HELD_OUT_VALUE_UNIT = 0.892;
    /** A tenth below the reading after the twenty-second session's extraction round (96.6 / 94.6, branch extract-22). */
    private static final double BATCH20_VALUE_FLOOR = 0.965;

    private static final double BATCH20_VALUE_UNIT_FLOOR = 0.945;

    /**
     * The twenty-first batch (sentences-21.jsonl: 246 sentences of 70 other pages, 502 quantities, from energy and
     * utilities, mining and commodities, public finance and taxes, crime and courts, education, retail, elections and
     * polls, transport, tech and AI, oceans and fisheries, disasters, tourism, commercial property, demography,
     * pharmaceuticals, and food and drink; annotated blind on 2026-12-07 in the twenty-second session) read value F1
     * {@value #BATCH21_FIRST_VALUE} and value+unit {@value #BATCH21_FIRST_VALUE_UNIT} at that session's start code
     * (c5398b6, the extractor of 9086f0f), before any change. It was held out until 2026-12-07 (twenty-third session),
     * when it read value F1 {@value #BATCH21_HELD_OUT_VALUE} and value+unit {@value #BATCH21_HELD_OUT_VALUE_UNIT}
     * (commit af8ef07); it is a tuning set since then (its misses may be read).
     */
    @Test
    void twenty_first_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove(
                "sentences-21.jsonl", "twenty-first batch", BATCH21_VALUE_FLOOR, BATCH21_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH21_FIRST_VALUE = 0.961;
    private static final double BATCH21_FIRST_VALUE_UNIT = 0.908;
    private static final double BATCH21_HELD_OUT_VALUE = 0.963;
    private static final double BATCH21_HELD_OUT_VALUE_UNIT = 0.910;
    private static final double BATCH21_VALUE_FLOOR = 0.963;
    private static final double BATCH21_VALUE_UNIT_FLOOR = 0.910;

    /**
     * The twenty-second batch (sentences-22.jsonl: 249 sentences of 71 other pages, 487 quantities, from weather and
     * climate, aviation, agriculture, health care, banking and markets, sport, autos and EVs, space and science, labour
     * and wages, housing, defence, media and entertainment, shipping and trade, water and environment, local
     * government, and telecoms; annotated blind on 2026-12-07 in the twenty-third session) read value F1 {@value
     * #BATCH22_FIRST_VALUE} and value+unit {@value #BATCH22_FIRST_VALUE_UNIT} at that session's start code (af8ef07),
     * before any change. It was held out until 2026-12-07 (twenty-fourth session), when it read value F1 {@value
     * #BATCH22_HELD_OUT_VALUE} and value+unit {@value #BATCH22_HELD_OUT_VALUE_UNIT} (commit cdc2af4); it is a tuning
     * set since then (its misses may be read). After that session's extraction round (branch extract-24) it read 96.1 /
     * 94.5; its floors are a tenth below that reading.
     */
    @Test
    void twenty_second_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove(
                "sentences-22.jsonl", "twenty-second batch", BATCH22_VALUE_FLOOR, BATCH22_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH22_FIRST_VALUE = 0.944;
    private static final double BATCH22_FIRST_VALUE_UNIT = 0.899;
    private static final double BATCH22_HELD_OUT_VALUE = 0.944;
    private static final double BATCH22_HELD_OUT_VALUE_UNIT = 0.903;
    private static final double BATCH22_VALUE_FLOOR = 0.960;
    private static final double BATCH22_VALUE_UNIT_FLOOR = 0.944;

    /**
     * The twenty-third batch (sentences-23.jsonl: 243 sentences of 86 other pages, 528 quantities, from construction
     * and infrastructure, mining and metals, oil and gas, fishing and oceans, public health and nutrition, education,
     * crime and justice, retail prices, tourism, technology and AI, elections, natural disasters, energy, transport,
     * science and medicine, and personal finance; annotated blind on 2026-12-07 in the twenty-fourth session) read
     * value F1 {@value #BATCH23_FIRST_VALUE} and value+unit {@value #BATCH23_FIRST_VALUE_UNIT} at that session's start
     * code (cdc2af4), before any change. It was held out until 2026-12-07 (twenty-fifth session), when it read value F1
     * {@value #BATCH23_HELD_OUT_VALUE} and value+unit {@value #BATCH23_HELD_OUT_VALUE_UNIT} (commit 26c43f2); it is a
     * tuning set since then (its misses may be read), with its floors at that reading (truncated to three places).
     * After the twenty-fifth session's extraction round (branch extract-25) it reads 95.8 / 90.3; the floors are a tenth
     * below that reading.
     */
    @Test
    void twenty_third_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove(
                "sentences-23.jsonl", "twenty-third batch", BATCH23_VALUE_FLOOR, BATCH23_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH23_FIRST_VALUE = 0.941;
    private static final double BATCH23_FIRST_VALUE_UNIT = 0.851;
    private static final double BATCH23_HELD_OUT_VALUE = 0.943;
    private static final double BATCH23_HELD_OUT_VALUE_UNIT = 0.853;
    private static final double BATCH23_VALUE_FLOOR = 0.957;
    private static final double BATCH23_VALUE_UNIT_FLOOR = 0.902;

    /**
     * The twenty-fourth batch (sentences-24.jsonl: 251 sentences of 72 other pages, 508 quantities, from sport, weather
     * and climate, agriculture and food, housing, aviation and space, cars and electric vehicles, defence, labour and
     * wages, media and entertainment, environment, water and drought, demography and migration, financial markets, and
     * shipping and trade; annotated blind on 2026-12-07 in the twenty-fifth session) read value F1 {@value
     * #BATCH24_FIRST_VALUE} and value+unit {@value #BATCH24_FIRST_VALUE_UNIT} at that session's start code (aebda79),
     * before any change. It was held out until 2026-12-07 (twenty-sixth session), when it read value F1 {@value
     * #BATCH24_HELD_OUT_VALUE} and value+unit {@value #BATCH24_HELD_OUT_VALUE_UNIT} (commit 524b37a); it is a tuning
     * set since then (its misses may be read), with its floors at that reading (truncated to three places). After the
     * twenty-sixth session's extraction round (branch extract-26) it reads 96.2 / 93.6; the floors are a tenth below
     * that reading.
     */
    @Test
    void twenty_fourth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove(
                "sentences-24.jsonl", "twenty-fourth batch", BATCH24_VALUE_FLOOR, BATCH24_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH24_FIRST_VALUE = 0.952;
    private static final double BATCH24_FIRST_VALUE_UNIT = 0.925;
    private static final double BATCH24_HELD_OUT_VALUE = 0.952;
    private static final double BATCH24_HELD_OUT_VALUE_UNIT = 0.927;
    private static final double BATCH24_VALUE_FLOOR = 0.961;
    private static final double BATCH24_VALUE_UNIT_FLOOR = 0.935;

    /**
     * The twenty-fifth batch (sentences-25.jsonl: 259 sentences of 70 other pages, 479 quantities, from health and
     * medicine, science, technology and telecoms, education, crime and courts, transport, energy and utilities,
     * tourism, real estate, entertainment, sport, local government and budgets, business earnings, retail prices,
     * weather and disasters, and international politics; annotated blind on 2026-12-07 in the twenty-sixth session)
     * read value F1 {@value #BATCH25_FIRST_VALUE} and value+unit {@value #BATCH25_FIRST_VALUE_UNIT} at that session's
     * start code (524b37a), before any change. It was held out until 2026-12-07 (twenty-seventh session), when it read
     * value F1 {@value #BATCH25_HELD_OUT_VALUE} and value+unit {@value #BATCH25_HELD_OUT_VALUE_UNIT} (commit 665834e);
     * it is a tuning set since then (its misses may be read). After the twenty-seventh session's extraction round
     * (branch extract-27) it reads 95.0 / 91.7, and its floors are a tenth below that reading (0.949 / 0.916), no
     * longer at the held-out reading.
     */
    @Test
    void twenty_fifth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove(
                "sentences-25.jsonl", "twenty-fifth batch", BATCH25_VALUE_FLOOR, BATCH25_VALUE_UNIT_FLOOR);
    }

    private static final double BATCH25_FIRST_VALUE = 0.939;
    private static final double BATCH25_FIRST_VALUE_UNIT = 0.904;
    private static final double BATCH25_HELD_OUT_VALUE = 0.939;
    private static final double BATCH25_HELD_OUT_VALUE_UNIT = 0.904;
    private static final double BATCH25_VALUE_FLOOR = 0.949;
    private static final double BATCH25_VALUE_UNIT_FLOOR = 0.916;

    /**
     * The twenty-sixth batch (sentences-26.jsonl: 262 sentences of 70 other pages, 461 quantities, from the same sixteen
     * sections as the twenty-fifth; annotated blind on 2026-12-07 in the twenty-seventh session) read value F1 {@value
     * #BATCH26_FIRST_VALUE} and value+unit {@value #BATCH26_FIRST_VALUE_UNIT} at that session's start code (665834e)
     * with one mend, before any other change to the extractor: at 665834e one of its sentences threw in
     * QuantityGrammar (a rate per a whole so large its share rounds to nothing), which commit 916433a mended. It was
     * held out until 2026-12-07 (twenty-eighth session), when it read value F1 {@value #BATCH26_HELD_OUT_VALUE} and
     * value+unit {@value #BATCH26_HELD_OUT_VALUE_UNIT} (commit 6d8b676: the twenty-seventh session's extraction round
     * moved none of its classes); it is a tuning set since then (its misses may be read). After the twenty-ninth
     * session's extraction round (branch extract-29) it reads 94.3 / 91.7, and its floors are a tenth below that
     * reading (0.942 / 0.916).
     */
    @Test
    void twenty_sixth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove(
                "sentences-26.jsonl", "twenty-sixth batch", BATCH26_VALUE_FLOOR, BATCH26_VALUE_UNIT_FLOOR);
    }

    /**
     * The twenty-seventh batch (sentences-27.jsonl: 252 sentences of 65 other pages, 481 quantities, ids aa0001-aa0252,
     * from the same sixteen sections; annotated blind on 2026-12-07 in the twenty-eighth session) read value F1 {@value
     * #BATCH27_FIRST_VALUE} and value+unit {@value #BATCH27_FIRST_VALUE_UNIT} at that session's start code (87aaf85,
     * whose extractor is 6d8b676's), before any change to the extractor (truncated to three places), far above any
     * earlier batch's first reading: an easier draw of pages, or conventions nearer the extractor's, not a better
     * extractor. It was held out until 2026-12-07 (twenty-ninth session), when it read value F1 {@value
     * #BATCH27_HELD_OUT_VALUE} and value+unit {@value #BATCH27_HELD_OUT_VALUE_UNIT} (commit c3d1307a: the
     * twenty-eighth session's extraction round moved none of its figures); it is a tuning set since then (its misses
     * may be read). The twenty-ninth session's extraction round (branch extract-29) held it back as its own check,
     * never printing its misses, and it read 97.7 / 96.1 after that round (value F1 unchanged, one ages-and-times item
     * more right in its unit): the value+unit floor is a tenth below that reading (0.960); the value floor stays at
     * its reading (0.977), which did not move.
     */
    @Test
    void twenty_seventh_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove(
                "sentences-27.jsonl", "twenty-seventh batch", BATCH27_VALUE_FLOOR, BATCH27_VALUE_UNIT_FLOOR);
    }

    /**
     * The twenty-eighth batch (sentences-28.jsonl: 256 sentences of 66 other pages, 513 quantities, ids ab0001-ab0256,
     * sixteen sentences from each of the same sixteen sections; annotated blind on 2026-12-07 in the twenty-ninth
     * session) read value F1 {@value #BATCH28_FIRST_VALUE} and value+unit {@value #BATCH28_FIRST_VALUE_UNIT} at that
     * session's start code (a701e6b, whose extractor is c3d1307a's), before any change to the extractor (truncated to
     * three places). It was held out until 2026-12-07 (thirtieth session), when it read value F1 {@value
     * #BATCH28_HELD_OUT_VALUE} and value+unit {@value #BATCH28_HELD_OUT_VALUE_UNIT} (commit 97e8e658: the
     * twenty-ninth session's extraction round and its mends moved none of its figures); it is a tuning set since then
     * (its misses may be read), and its floors stay at that reading.
     */
    @Test
    void twenty_eighth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove(
                "sentences-28.jsonl", "twenty-eighth batch", BATCH28_VALUE_FLOOR, BATCH28_VALUE_UNIT_FLOOR);
    }

    /**
     * The twenty-ninth batch (sentences-29.jsonl: 255 sentences of 70 other pages, 496 quantities, ids ac0001-ac0255,
     * sixteen sentences from each of the same sixteen sections but one, fifteen; annotated blind on 2026-12-07 in the
     * thirtieth session) read value F1 {@value #BATCH29_FIRST_VALUE} and value+unit {@value #BATCH29_FIRST_VALUE_UNIT}
     * at that session's start code (the extractor of 97e8e658), before any change to the extractor (truncated to three
     * places). It was held out until 2026-12-07 (thirty-first session), when it read value F1 {@value
     * #BATCH29_HELD_OUT_VALUE} and value+unit {@value #BATCH29_HELD_OUT_VALUE_UNIT} (commit 2dcab9d6: the thirtieth
     * session's extraction round was reverted, and its other changes moved none of its figures); it is a tuning set
     * since then (its misses may be read), and its floors stay at that reading.
     */
    @Test
    void twenty_ninth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove(
                "sentences-29.jsonl", "twenty-ninth batch", BATCH29_VALUE_FLOOR, BATCH29_VALUE_UNIT_FLOOR);
    }

    /**
     * The thirtieth batch (sentences-30.jsonl: 256 sentences of 67 other pages, 490 quantities, ids ad0001-ad0256,
     * sixteen sentences from each of the same sixteen sections; annotated blind on 2026-12-07 in the thirty-first
     * session) read value F1 {@value #BATCH30_FIRST_VALUE} and value+unit {@value #BATCH30_FIRST_VALUE_UNIT} at that
     * session's start code (the extractor of 2dcab9d6), before any change to the extractor (truncated to three
     * places). It was held out until 2026-12-08 (thirty-second session), when it read value F1 {@value
     * #BATCH30_HELD_OUT_VALUE} and value+unit {@value #BATCH30_HELD_OUT_VALUE_UNIT} (commit 2b4c7b71: the thirty-first
     * session's extraction forms moved none of its figures); it is a tuning set since then (its misses may be read),
     * and its floors stay at that reading.
     */
    @Test
    void thirtieth_batch_stays_above_its_floors() throws IOException {
        tuningBatchStaysAbove("sentences-30.jsonl", "thirtieth batch", BATCH30_VALUE_FLOOR, BATCH30_VALUE_UNIT_FLOOR);
    }

    /**
     * The thirty-first batch (sentences-31.jsonl: 256 sentences of 73 other pages, 456 quantities, ids ae0001-ae0256,
     * sixteen sentences from each of sixteen new sections; annotated blind on 2026-12-08 in the thirty-second session)
     * is held out: scored, its misses never printed. It read value F1 {@value #BATCH31_FIRST_VALUE} and value+unit
     * {@value #BATCH31_FIRST_VALUE_UNIT} at that session's start code (the extractor of 2b4c7b71), before any change to
     * the extractor (truncated to three places). The floors sit at that reading, so a change that loses on unseen news
     * fails here.
     */
    @Test
    void thirty_first_batch_held_out_stays_above_its_floors() throws IOException {
        batchStaysAbove(
                "sentences-31.jsonl",
                "thirty-first batch, held out: misses not printed",
                BATCH31_VALUE_FLOOR,
                BATCH31_VALUE_UNIT_FLOOR,
                false);
    }

    private static final double BATCH31_FIRST_VALUE = 0.961;
    private static final double BATCH31_FIRST_VALUE_UNIT = 0.920;
    private static final double BATCH31_VALUE_FLOOR = 0.961;
    private static final double BATCH31_VALUE_UNIT_FLOOR = 0.920;

    private static final double BATCH30_FIRST_VALUE = 0.962;
    private static final double BATCH30_FIRST_VALUE_UNIT = 0.944;
    private static final double BATCH30_HELD_OUT_VALUE = 0.962;
    private static final double BATCH30_HELD_OUT_VALUE_UNIT = 0.944;
    private static final double BATCH30_VALUE_FLOOR = 0.962;
    private static final double BATCH30_VALUE_UNIT_FLOOR = 0.944;

    private static final double BATCH29_FIRST_VALUE = 0.916;
    private static final double BATCH29_FIRST_VALUE_UNIT = 0.890;
    private static final double BATCH29_HELD_OUT_VALUE = 0.916;
    private static final double BATCH29_HELD_OUT_VALUE_UNIT = 0.890;
    private static final double BATCH29_VALUE_FLOOR = 0.916;
    private static final double BATCH29_VALUE_UNIT_FLOOR = 0.890;

    private static final double BATCH28_FIRST_VALUE = 0.944;
    private static final double BATCH28_FIRST_VALUE_UNIT = 0.934;
    private static final double BATCH28_HELD_OUT_VALUE = 0.944;
    private static final double BATCH28_HELD_OUT_VALUE_UNIT = 0.934;
    private static final double BATCH28_VALUE_FLOOR = 0.944;
    private static final double BATCH28_VALUE_UNIT_FLOOR = 0.934;

    private static final double BATCH27_FIRST_VALUE = 0.977;
    private static final double BATCH27_FIRST_VALUE_UNIT = 0.958;
    private static final double BATCH27_HELD_OUT_VALUE = 0.977;
    private static final double BATCH27_HELD_OUT_VALUE_UNIT = 0.958;
    private static final double BATCH27_VALUE_FLOOR = 0.977;
    private static final double BATCH27_VALUE_UNIT_FLOOR = 0.960;

    private static final double BATCH26_FIRST_VALUE = 0.931;
    private static final double BATCH26_FIRST_VALUE_UNIT = 0.885;
    private static final double BATCH26_HELD_OUT_VALUE = 0.931;
    private static final double BATCH26_HELD_OUT_VALUE_UNIT = 0.885;
    private static final double BATCH26_VALUE_FLOOR = 0.942;
    private static final double BATCH26_VALUE_UNIT_FLOOR = 0.916;

    private static final double BATCH6_FIRST_VALUE = 0.917;
    private static final double BATCH6_FIRST_VALUE_UNIT = 0.842;
    private static final double BATCH6_HELD_OUT_VALUE = 0.921;
    private static final double BATCH6_HELD_OUT_VALUE_UNIT = 0.846;
    private static final double BATCH6_VALUE_FLOOR = 0.987;
    private static final double BATCH6_VALUE_UNIT_FLOOR = 0.965;

    private static final double BATCH5_FIRST_VALUE = 0.910;
    private static final double BATCH5_FIRST_VALUE_UNIT = 0.854;
    private static final double BATCH5_HELD_OUT_VALUE = 0.912;
    private static final double BATCH5_HELD_OUT_VALUE_UNIT = 0.857;
    private static final double BATCH5_VALUE_FLOOR = 0.985;
    private static final double BATCH5_VALUE_UNIT_FLOOR = 0.969;

    private static final double BATCH4_FIRST_VALUE = 0.885;
    private static final double BATCH4_FIRST_VALUE_UNIT = 0.803;
    private static final double BATCH4_HELD_OUT_VALUE = 0.894;
    private static final double BATCH4_HELD_OUT_VALUE_UNIT = 0.818;
    // fix-20: lowered from 0.969 / 0.952 when the celsiusTenths rule went (US copy writes tenths of Fahrenheit)
    private static final double BATCH4_VALUE_FLOOR = 0.968;
    private static final double BATCH4_VALUE_UNIT_FLOOR = 0.950;

    private static final double BATCH3_FIRST_VALUE = 0.886;
    private static final double BATCH3_FIRST_VALUE_UNIT = 0.750;
    // lowered by a tenth on 2026-12-06 after a cold review: "The Pistons are 32-106 (.232)" reads as a range again,
    // since "Casualties were 20-30 in Kharkiv" must
    private static final double BATCH3_VALUE_FLOOR = 0.974;
    private static final double BATCH3_VALUE_UNIT_FLOOR = 0.968;

    @Test
    void news_gold_stays_above_its_floors() throws IOException {
        Path gold = DIR.resolve("sentences.jsonl");
        if (!Files.exists(gold)) {
            return;
        }
        NewsGoldScorer s = NewsGoldScorer.score(gold);
        System.out.println("news-gold/sentences.jsonl (odd ids tuned on, even ids held out)\n" + s.table());
        if (Boolean.getBoolean("newsgold.misses")) {
            // -Dnewsgold.half=odd prints the tuning half's misses only: the held-out half is measured, not read
            String half = System.getProperty("newsgold.half", "");
            s.misses.stream()
                    .filter(m -> half.isEmpty() || m.split(" ")[1].equals(half))
                    .forEach(m -> System.out.println("  " + m));
        }
        assertThat(s.cells.get("all").valueF1()).isGreaterThanOrEqualTo(VALUE_FLOOR);
        assertThat(s.cells.get("all").valueUnitF1()).isGreaterThanOrEqualTo(VALUE_UNIT_FLOOR);
        assertThat(s.cells.get("odd").valueF1()).isGreaterThanOrEqualTo(TUNED_VALUE_FLOOR);
        assertThat(s.cells.get("odd").valueUnitF1()).isGreaterThanOrEqualTo(TUNED_VALUE_UNIT_FLOOR);
        assertThat(s.cells.get("even").valueF1()).isGreaterThanOrEqualTo(HELD_OUT_VALUE_FLOOR);
        assertThat(s.cells.get("even").valueUnitF1()).isGreaterThanOrEqualTo(HELD_OUT_VALUE_UNIT_FLOOR);
        for (String c : NewsGoldScorer.CLASSES) {
            assertThat(s.cells.get(c).valueUnitF1())
                    .as("value+unit F1 of class %s", c)
                    .isGreaterThanOrEqualTo(CLASS_VALUE_UNIT_FLOOR);
        }
    }

    @Test
    void the_scorer_pairs_by_overlap_and_judges_value_then_unit() {
        var g = new NewsGoldScorer.Gold(0, 6, new BigDecimal("87"), new BigDecimal("87"), "mph", "physical", "exact");
        var right =
                new NewsGoldScorer.Found(0, 6, new BigDecimal("87"), new BigDecimal("87"), "mph", "physical", false);
        var count = new NewsGoldScorer.Found(0, 2, new BigDecimal("87"), new BigDecimal("87"), "count", "count", false);
        var off = new NewsGoldScorer.Found(0, 6, new BigDecimal("78"), new BigDecimal("78"), "mph", "physical", false);
        assertThat(NewsGoldScorer.sameValue(g, right) && NewsGoldScorer.sameUnit(g, right))
                .isTrue();
        assertThat(NewsGoldScorer.sameValue(g, count)).isTrue();
        assertThat(NewsGoldScorer.sameUnit(g, count)).isFalse();
        assertThat(NewsGoldScorer.sameValue(g, off)).isFalse();
        var fraction = new NewsGoldScorer.Gold(
                0, 11, new BigDecimal("0.2"), new BigDecimal("0.2"), "fraction", "ratio", "exact");
        var percent = new NewsGoldScorer.Found(
                0, 11, new BigDecimal("20"), new BigDecimal("20"), "percent", "percent", false);
        assertThat(NewsGoldScorer.sameValue(fraction, percent) && NewsGoldScorer.sameUnit(fraction, percent))
                .isTrue();
        assertThat(NewsGoldScorer.Cell.f1(8, 10, 10)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    }
}
