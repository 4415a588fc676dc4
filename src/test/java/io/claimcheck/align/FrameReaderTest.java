package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Frame;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Frames read from real sentence shapes, through the real extractor and the project's word lists: the measure, the
 * qualifier and the time of the first figure of each sentence (published Wednesday 8 March 2023).
 */
class FrameReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            At least 3,870 residents died in the floods on Sunday.                      | death   | -         | 2023-03-05
            The death toll in the city rose to 11,300, the Red Crescent said.          | death   | -         | -
            The death toll from floods caused by storms has risen to 56 people.        | death   | -         | -
            Some 1.28 million people demonstrated on Tuesday against the reform.         | protest | -         | 2023-03-07
            More than 200,000 people took part in the large demonstration in Munich.    | protest | -         | -
            Some 5,000 people joined the march against the reform.                      | protest | -         | -
            Some 5,000 people joined the company last year.                              | join    | -         | 2022
            Donors pledged $9 billion for reconstruction in January.                     | -       | pledged   | 2023-01
            Only $45 million has been received so far.                                   | -       | received  | -
            The storm killed 50 people and injured 200 others.                           | death   | -         | -
            Eighteen U.S. service members were injured, officials said.                  | injured | injured   | -
            Eighteen U.S. service members were killed, officials said.                   | death   | -         | -
            Eighteen American service members were injured, according to the Pentagon.  | injured | injured   | -
            Protests turned violent, leading to at least 23 deaths and property damage.  | death   | -         | -
            The number of displaced people has risen to 183,159.                         | -       | displaced | -
            The number of people in the camps has risen to 183,159.                      | -       | -         | -
            Annual inflation reached 10.1 per cent in October 2022.                      | inflation | -       | 2022-10
            A further 170 people have been killed in the storm.                          | death   | increment | -
            Five more bodies were found in the rubble.                                   | body    | increment | -
            The government plans to deploy about 1,000 more troops.                       | -       | increment | -
            That is more than the 103 deaths of the last storm.                          | death   | -         | -
            Of the 1,200 more than half were children.                                  | -       | -         | -
            The army has 500 more tanks than its neighbour.                              | tank    | -         | -
            The storm killed 170 people elsewhere in the country.                        | death   | elsewhere | -
            The toll had risen to 672 and another 25 were missing.                        | death   | -         | -
            Some 40 people were hospitalized 2 days after the leak.                        | hospitalized | hospitalized | -
            Officials said 12 people died and another 30 were injured.                     | death   | -         | -
            At least 22 million fake votes were cast for the president.                   | vote    | invalid   | -
            Only 25.3 million of the 93.4 million registered voters cast ballots.         | vote    | -         | -
            The motion was rejected by 306 votes to 286 in parliament.                    | vote    | -         | -
            The registered voters for the election were 93,469,008.                       | vote    | registered | -
            Some 25,286,616 voters were accredited on the day.                            | -       | accredited | -
            They shared the 25.3 million valid votes in the election.                     | vote    | valid     | -
            The company registered 400 new patents last year.                             | -       | -         | 2022
            The court rejected 12 appeals on Monday.                                      | -       | -         | 2023-03-06
            The 24,965,218 votes cast were counted by Friday.                             | cast    | -         | 2023-03-03
            So far 146 victims have been identified by the coroner.                        | victim  | identified | -
            Officials said 18 of the victims have yet to be identified.                    | victim  | -         | -
            Authorities have yet to identify 18 victims.                                   | victim  | -         | -
            Officials have not identified 40 bodies.                                       | body    | -         | -
            The fire, not yet contained, destroyed 40 homes.                               | home    | destroyed | -
            The storm not only destroyed 40 homes but also damaged 200 more.               | home    | destroyed | -
            The storm not just destroyed 40 homes but also damaged 200 more.               | home    | destroyed | -
            Police would not confirm that another 12 people died.                          | death   | increment | -
            The storm, which never made landfall, injured 30 people.                       | injured | injured   | -
            Among the dead were 12 children from one school.                               | -       | part      | -
            Among the 175 passengers, 82 were men.                                         | passenger | -       | -
            Among other things, the storm killed 40 people.                                | death   | -         | -
            Among the victims were children, and the death toll has risen to 85.           | death   | -         | -
            Among the 2,000 adults surveyed, 60% said they were worried.                   | -       | -         | -
            Some 1.2 million ballots were spoiled.                                         | vote    | invalid   | -
            The president won 76 million votes.                                           | vote    | -         | -
            Researchers counted 417 indirect deaths from the smoke.                      | death   | indirect  | -
            The heat indirectly killed 40 people in the city.                            | death   | indirect  | -
            The 34 direct deaths were far outnumbered by the indirect ones.              | death   | direct    | -
            The storm caused 34 direct deaths and 417 indirect deaths.                   | death   | direct    | -
            Eight people out of 74 total deaths in the state were reported at the plant. | death   | -         | -
            Some 40 people out of 110 were rescued from the plant.                       | rescue  | -         | -
            Another 10,100 people are still missing in the city.                         | missing | missing   | -
            Nine were certified dead at the scene while four died in hospital.           | death   | atScene   | -
            Four people died in hospital.                                                 | death   | hospitalized | -
            The hospital said 13 people had died.                                         | death   | -         | -
            The authorities had announced that 3,166 people had died.                    | death   | -         | -
            The authorities announced $5 million in aid.                                 | -       | pledged   | -
            Economists had been expecting inflation to rise to 10.7% in October.          | inflation | expected | 2022-10
            The death toll is expected to rise above 300.                                | death   | expected  | -
            Around 300,000 people attended the rally in the capital.                     | protest | -         | -
            Sixteen people were in a critical condition in hospital.                      | condition | critical  | -
            Some 400 people are believed to have been injured.                            | believe | injured   | -
            The strike hit 300 critical infrastructure sites.                              | site    | -         | -
            The party heads for a forecasted majority of 170 seats.                      | -       | expected  | -
            The party won a majority of 174 seats.                                       | -       | -         | -
            Some 750,000 homes and businesses remained without power on Sunday.          | home    | outage    | 2023-03-05
            The storm knocked out the power grid and killed at least 57 people.          | death   | -         | -
            At least 57 people died after the storm knocked out power.                   | death   | -         | -
            Almost 2 million customers still don't have power.                           | -       | outage    | -
            More than 3 million customers were affected by power outages.                | -       | outage    | -
            Russia fired 80 missiles at the country's power grid.                       | -       | -         | -
            The party won 300 seats and returned to power.                               | -       | -         | -
            About 500,000 customers had their power restored by Monday.                  | -       | -         | 2023-03-06
            About 1.2 million customers now have power again.                            | -       | -         | -
            About 500,000 customers had power restored by Monday.                        | -       | -         | 2023-03-06
            Another 300,000 customers lost power in the evening.                         | -       | increment | -
            About 2 million customers are expected to lose power.                        | -       | expected  | -
            Delta cancelled 7,000 flights in the IT outage.                              | -       | -         | -
            The ship is capable of carrying 20,000 containers.                           | -       | capacity  | -
            The ship was carrying 18,300 containers.                                     | -       | -         | -
            The stadium has a capacity of 80,000 fans.                                   | -       | capacity  | -
            The party won 326 seats.                                                     | -       | -         | -
            About 500 injured people need surgery.                                       | -       | injured   | -
            Binance is required to pay a $1.81 billion fine.                             | -       | -         | -
            Around 43 million borrowers are eligible for forgiveness.                    | -       | eligible  | -
            Prices rose below the 30% median estimate of economists.                     | -       | expected  | -
            An estimated 60% of the women were trafficked.                               | -       | -         | -
            Twelve survivors were hospitalized after the rescue.                         | -       | hospitalized | -
            Twelve survivors were taken to a shelter after the rescue.                   | -       | -         | -
            Another 12 survivors were hospitalized after the rescue.                     | -       | hospitalized | -
            Another 12 survivors were taken to a shelter after the rescue.               | -       | increment | -
            Two passengers remain missing after the crash.                               | -       | missing   | -
            Two passengers remain unaccounted for after the crash.                       | -       | missing   | -
            Two passengers remain in the region after the crash.                         | -       | -         | -
            Rescuers have recovered 70 bodies so far.                                    | -       | -         | -
            Rescuers have identified 22 bodies so far.                                   | -       | identified | -
            Health officials identified 120 new measles cases in the state.              | -       | -         | -
            Police identified 3 suspects in the attack.                                  | -       | -         | -
            Officials ordered the evacuation of 3,000 residents.                         | -       | displaced | -
            The fire forced the displacement of 3,000 people.                            | -       | displaced | -
            About 3,000 people are under mandatory evacuation orders.                     | -       | displaced | -
            About 3,000 people are under strict curfew orders.                            | -       | -         | -
            Insured losses from the fires will range from $20 billion to $30 billion.     | -       | insured   | -
            Total losses from the fires will range from $20 billion to $30 billion.       | -       | -         | -
            Deposits insured up to $250,000 are safe, the agency said.                    | -       | insured   | -
            Some 45 million insured people live in the state.                            | -       | insured   | -
            Some 30 million uninsured people live in the state.                          | -       | uninsured | -
            The number of passengers unaccounted for now stands at 2.                    | -       | missing   | -
            The number of people injured rose to 50.                                     | -       | injured   | -
            Fifty-three Nepalese passengers were on board.                               | -       | from nepal | -
            Five Indian nationals died in the crash.                                     | -       | from india | -
            Three Syrians were among the missing.                                        | -       | from syria | -
            Five South Korean tourists died in the crash.                                | -       | from south korea | -
            The plane carried 68 passengers and four Nepalese crew members.              | -       | -         | -
            Some 300 urban residents lost power.                                         | -       | outage    | -
            Some 300 urban residents were counted.                                       | -       | -         | -
            Fifty-three passengers were on board.                                        | -       | -         | -
            The 40 federal employees lost their jobs.                                    | -       | -         | -
            An average year sees 94.7 millimetres of rain at the airport.                | -       | average   | -
            The city typically receives only 97mm of rain a year.                        | -       | average   | -
            The city received 97mm of rain on Tuesday.                                  | -       | -         | 2023-03-07
            The average price of a dozen eggs rose to $4.25.                             | -       | -         | -
            Winds averaged 120 km/h as the storm made landfall.                          | -       | -         | -
            Rainfall averaged 94.7 millimetres a year in the city.                        | -       | average   | -
            Temperatures rose 5C above normal on Tuesday.                                | -       | change    | 2023-03-07
            The landslide hit the district two days ago.                                 | -       | elapsed   | -
            It has been four days since the storm made landfall.                         | -       | elapsed   | -
            The rescue began two days after the landslide.                               | -       | -         | -
            The quake struck two days ago and killed more than 300 people.               | -       | elapsed   | -
            Some 64.5% of the eligible population voted.                                 | -       | -         | -
            Around 43 million borrowers are eligible for forgiveness.                    | -       | eligible  | -
            Prices rose below the 30% median estimate of economists.                     | -       | expected  | -
            An estimated 60% of the women were trafficked.                               | -       | -         | -
            """)
    void readsMeasureQualifierAndTime(String sentence, String measure, String qualifier, String time) throws Exception {
        List<Claim> claims = AlignFixtures.aligned(sentence);
        assertThat(claims).as("claims of %s", sentence).isNotEmpty();
        Frame f = claims.get(0).frame();
        assertThat(f).isNotNull();
        if (measure != null) {
            assertThat(f.measure()).isEqualTo(measure);
        }
        assertThat(f.qualifier()).isEqualTo(qualifier);
        assertThat(f.time()).isEqualTo(time);
    }

    /**
     * The measure comes from the figure's clause: the counted noun, the predicate of whoever is counted, or the
     * clause's subject (through a noun that only says which figure: toll, number, rate). "-" where nothing names it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Organizers put the number at 350,000.                         | organizer
            The organisers put the total at 800,000.                      | organiser
            """)
    void whoCountedIsNeverWhatWasCounted(String sentence, String source) throws Exception {
        Claim claim = AlignFixtures.aligned(sentence).get(0);
        assertThat(claim.attribution()).as("credited").isNotNull();
        assertThat(claim.frame().measure()).isNotEqualTo(source);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The death toll from floods in the city of Derna has risen to 11,300.           | 11,300  | death
            Health authorities previously put the death toll in the city at 5,500.        | 5,500   | death
            At least 3,958 people have died due to flooding, the agency said.             | 3,958   | death
            Another 10,100 people remain missing in the city.                              | 10,100  | missing
            Some 9,000 individuals are listed as missing in the city.                      | 9,000   | missing
            The floods have displaced at least 30,000 people in the region.                | 30,000  | displaced
            The total number of cases and deaths has risen to 17,824 and 595, respectively. | 17,824 | case
            The total number of cases and deaths has risen to 17,824 and 595, respectively. | 595    | death
            Cumulative cases, deaths and recoveries stood at 10,652, 310 and 10,073 respectively. | 10,652 | case
            Cumulative cases, deaths and recoveries stood at 10,652, 310 and 10,073 respectively. | 310 | death
            Cumulative cases, deaths and recoveries stood at 10,652, 310 and 10,073 respectively. | 10,073 | recovery
            Gold and silver rose 2% and 3%, respectively.                                    | 3%     | silver
            In Germany, sales of cars and trucks rose 12% and 8%, respectively.              | 12%    | sale
            In Germany, sales of cars and trucks rose 12% and 8%, respectively.              | 8%     | sale
            Oil and gas output fell 5% and 7%, respectively.                                 | 5%     | output
            Oil and gas output fell 5% and 7%, respectively.                                 | 7%     | output
            The crowd was put by police and organisers at 16,000 and 100,000, respectively.  | 100,000 | protest
            The flooding has also left more than 30,000 people homeless.                   | 30,000  | displaced
            The update added that floods claimed the lives of 170 people elsewhere.        | 170     | death
            The death toll in the earthquakes that hit the area had reached 72 people.     | 72      | death
            The firm said that losses will be $52 billion this year.                       | 52      | cost
            The agency had identified nearly 4,000 bodies by Saturday.                     | 4,000   | body
            The number of protesters reached 200,000 on Saturday.                          | 200,000 | protest
            Estimates of the number of deaths vary from 5,000 to 20,000.                   | 5,000   | death
            The storm killed 50 people and injured 200 others.                             | 200     | injured
            Police counted 80,000 marchers in the capital.                                 | 80,000  | protest
            The quake left 13 dead.                                                        | 13      | death
            The blast left 13 dead and 18 injured.                                         | 13      | death
            Eighteen were injured in addition to 13 dead.                                  | 13      | death
            The quake left 13 dead bodies in the rubble.                                   | 13      | body
            The attack left 18 injured and 13 dead.                                        | 18      | injured
            The flood left 13,000 displaced.                                               | 13,000  | displaced
            Two rival governments are vying for power in the country.                      | Two     | government
            The figure was 5,000.                                                          | 5,000   | -
            The quakes caused about $70.8 billion worth of damage to homes.                | 70.8    | cost
            The ministry said 2,497 people were killed and 2,476 others were injured.      | 2,476   | injured
            The ministry said 2,497 people were killed and 2,476 others were injured.      | 2,497   | death
            Between 50 and 60 people died in the fire.                                     | 50      | death
            The bank estimated the damage caused by the quakes that struck the region at about $34 billion. | 34 | cost
            A train hit a freight train, leaving a tangled mess of rail cars and injuring 803.      | 803     | injured
            The crash in the east of the country killed at least 278.                     | 278     | death
            After verification, the final toll has been fixed at 275, he said.             | 275     | death
            At least 120 people across several states were killed, the agency said.       | 120     | death
            The toll is highest in the state, where 19 people lost their lives.            | 19      | death
            Thousands of people lost their homes in the flood.                             | Thousands | lose
            At least 56 people were killed, including 23 people in the state and 11 in the city. | 23 | death
            At least 56 people were killed, including 23 people in the state and 11 in the city. | 11 | death
            The quake killed 50 people, and 200 homes were destroyed.                      | 200     | home
            Researchers from the non-profit interviewed 45 women in the region.            | 45      | interview
            The report included interviews and discussions with over 45 survivors and rescuers. | 45 | interview
            The minister held talks with 30 leaders of the region.                        | 30      | talk
            The city built a stadium with 50,000 seats on the coast.                      | 50,000  | seat
            The plane with 150 passengers landed safely.                                  | 150     | passenger
            Labour can boast a majority of 176 MPs in the new parliament.                 | 176     | majority
            The police confirmed the arrest of 300 protesters in the capital.            | 300     | arrest
            The army announced the deployment of 3,000 troops to the border.              | 3,000   | deployment
            Labour won a majority of 174 seats in the new parliament.                     | 174     | majority
            Firefighters, with the help of 300 soldiers, contained the blaze.             | 300     | soldier
            The motion won the support of 200 MPs on Tuesday.                            | 200     | mp
            The cost of the storm that hit the state last week climbed to $130 billion.   | 130     | cost
            The cost of the floods that hit the region reached $30 billion.               | 30      | cost
            The death toll from the quake that struck the region on Friday rose to 2,000. | 2,000   | death
            The cost of the programme that has already trained 3,000 is large.            | 3,000   | train
            The budget of the agency that is expected to hire 3,000 was cut.              | 3,000   | hire
            A crowd of 20,000 protesters gathered in the square.                          | 20,000  | protest
            A group of 30 students visited the site.                                      | 30      | student
            Reports indicated the presence of an estimated 5,000 refugees in the camp.     | 5,000   | refugee
            Four people, including a child, died in the town.                             | Four    | death
            Some 300 people, mostly women and children, were evacuated overnight.         | 300     | displaced
            Twelve people, including three children, died in the fire.                   | Twelve  | death
            At least 19,000 people, including 6,000 tourists, have been evacuated.        | 19,000  | displaced
            The fire injured 40 people, including 12 firefighters, destroyed 300 homes.   | 40      | injured
            Records on 47.8 million current, former and prospective customers were stolen. | 47.8    | customer
            Data of 7.8 million current or former subscribers was taken last week.        | 7.8     | subscriber
            The firm confirmed that 40 million of its customers were hit by the breach.   | 40      | customer
            Police said 20 of the victims were children.                                  | 20      | victim
            The firm said 500 current staff had left, the union said.                     | 500     | staff
            The number rose to 5,000 homeless, local authorities said.                   | 5,000   | displaced
            Police said 20 of the dead were children.                                     | 20      | death
            It affected 30 of the country's 50 states.                                    | 30      | affected
            The clean-up began in the port, home to around 1 million people.              | 1 million | population
            The city is home to an estimated 9 million residents.                        | 9 million | population
            Over 220,000 homes were damaged in the port.                                  | 220,000 | home
            The reserve is home to 300 elephants.                                        | 300     | elephant
            The 168 confirmed deaths included 70 people in the north.                    | 70      | death
            The 168 deaths included 70 people in the north.                              | 70      | death
            The rally in the south was attended by 11,000 people.                        | 11,000  | protest
            In Spain, 205 people have been confirmed to have died.                        | 205     | death
            Some 300 people were reported to have left the city.                          | 300     | leave
            Some 1,000 residents refused to evacuate.                                     | 1,000   | refuse
            Iran revises down death toll from Kerman attacks to 84                         | 84      | death
            He walked down the street with 300 protesters.                                | 300     | protest
            The new store attracted 300 applicants.                                       | 300     | applicant
            The museum attracted 2 million people last year.                              | 2 million | attract
            Demonstrations mobilized two million people, according to the party, and 450,000 according to the authorities. | 450,000 | -
            Some 8,000 people, according to the Government Delegation – 15,000, according to the party – attended. | 15,000 | -
            According to the ministry, deaths reached 450,000.                            | 450,000 | death
            According to the ministry deaths reached 450,000.                             | 450,000 | death
            The deaths drew 5,000 people to a vigil on Sunday.                            | 5,000   | draw
            During the protest the museum attracted 2,000 people.                         | 2,000   | attract
            A concert after the protest drew 20,000 people.                               | 20,000  | draw
            Two men aged 30 and 45 were arrested.                                         | Two     | arrest
            Two men aged 30 and 45 were arrested.                                         | 30      | age
            The opposition rally brought more than a million people onto the streets.     | more than a million | protest
            There was no police presence at the protest, which attracted around 200,000 people. | around 200,000 | protest
            A protest Sunday afternoon in Berlin drew at least 60,000 people, police said. | at least 60,000 | protest
            The concert in the park drew 50,000 people on Sunday.                         | 50,000  | draw
            The protest drew 3,000 police officers and 40 dogs.                           | 3,000   | officer
            """)
    void readsTheMeasureFromTheClause(String sentence, String figure, String measure) throws Exception {
        Claim claim = claimOf(sentence, figure);
        assertThat(claim.frame().measure()).as("measure of %s", figure).isEqualTo(measure);
    }

    /**
     * A figure with no noun of its own that ends a list takes the measure the list's first item counts; a verb between
     * the two leaves it to its own clause (a leading '!' names a measure the figure must not take). A figure after a
     * colon that closes another figure's clause, or after "from" in a change, restates that figure: its measure.
     */
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The law gives $95 billion in foreign aid: $60 billion for Norway, roughly $17 billion for Chile, and $8 billion for Kenya. | 17 | aid
            The law gives $95 billion in foreign aid: $60 billion for Norway, roughly $17 billion for Chile, and $8 billion for Kenya. | 8  | aid
            The charity handed out 300 blankets in the north, 120 in the east and 45 in the south.                    | 45  | blanket
            The charity handed out 300 blankets in the north, 120 in the east and 45 in the south.                    | 120 | blanket
            The fund raised $5 million in donations and the city spent $2 million on repairs.                         | 2   | !donation
            The charity handed out 300 blankets in the north, then $120 in cash to each family in the east.          | 120 | !blanket
            The agency gave out 900 tents, 101 in the north, 102 in the west and 103 in the south.                    | 103 | tent
            Thirty-two deaths were confirmed in the north, followed by 22 in the east and five in the south.          | 22  | death
            Thirty-two deaths were confirmed in the north, followed by 22 in the east and five in the south.          | five | death
            Thirty-two deaths were confirmed in the north, then 22 homes burned in the east.                          | 22  | !death
            The 168 confirmed deaths included 70 people in the north, 60 in the east and 18 in the south.             | 60  | death
            Police arrested 32 people in the north, followed by 22 in the south.                                      | 22  | arrest
            The charity fed 300 people in the north, 120 in the east and 45 in the south.                             | 45  | !people
            At least 68 people have been confirmed dead: 61 in the north, four in the east and three in the south.   | 61  | death
            At least 68 people have been confirmed dead: 61 in the north, four in the east and three in the south.   | three | death
            Twenty-four deaths were recorded in the county, up from 12.                                               | 12  | death
            Twenty-four deaths were recorded in the county – up from 12.                                              | 12  | death
            The flood damaged 500 homes, and the death toll climbed from 12 to 20.                                    | 12  | death
            The firm cut 300 jobs last year, while its shareholders grew from 40 to 55.                               | 40  | !job
            The storm damaged 500 homes as the death toll climbed from 12 to 15.                                       | 12  | death
            Police detained 40 people on Saturday: 12 were later released.                                            | 12  | !detain
            The ministry said 120 people had been arrested: 80 were charged, 40 released.                             | 80  | charge
            Officials revised the toll to 275 from 288.                                                               | 288 | death
            The toll rose to 300 from 12 cities.                                                                      | 12  | city
            More than 155 million people voted: 156,302,318 in all.                                                   | 156,302,318 | vote
            More than 155 million people voted: 156,302,318 to be exact.                                                | 156,302,318 | vote
            About 154 million people voted in 2024 (64.5% of the eligible population).                               | 64.5% | vote
            The storm killed 12 people, and officials said (40% of homes) were damaged.                              | 40% | !death
            The storm killed 12 people (40% of them children) in the north.                                           | 40% | !death
            Police arrested 200 people (5% more than last year) in the city.                                           | 5% | !arrest
            """)
    void readsTheMeasureOfAListsLaterItems(String sentence, String figure, String measure) throws Exception {
        Claim claim = claimOf(sentence, figure);
        if (measure.startsWith("!")) {
            assertThat(claim.frame().measure()).as("measure of %s", figure).isNotEqualTo(measure.substring(1));
        } else {
            assertThat(claim.frame().measure()).as("measure of %s", figure).isEqualTo(measure);
        }
    }

    @ParameterizedTest(name = "{1} in: {0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Over the past two years, the richest 1% have amassed most of the new wealth.   | 1%          | rankedGroup
            About 63% of all new wealth went to the top 1 percent.                         | 1 percent   | rankedGroup
            About 63% of all new wealth went to the top 1 percent.                         | 63%         | -
            The bottom 99 per cent received a third of it.                                 | 99 per cent | rankedGroup
            The richest man in the country owns 5% of the company.                         | 5%          | -
            Over the past two years, the richest 1% have amassed most of the new wealth.   | two years   | window
            The number of billionaires doubled in the last ten years.                      | ten years   | window
            The strike lasted two years, the union said.                                   | two years   | -
            Ten of those killed were US Marines, a spokesman said.                         | Ten         | part
            Three of the injured are children.                                             | Three       | part
            Police arrested 40 of the 60 protesters.                                       | 40          | -
            Ten of those people were arrested.                                             | Ten         | -
            All 13 of those killed were US service members.                                | 13          | -
            Police arrested 40 of those protesting.                                        | 40          | -
            Labour will restore the top 50% rate of income tax.                            | 50%         | -
            The world's richest 1% own 45% of the wealth.                                  | 1%          | rankedGroup
            Top 1% grabbed two-thirds of new wealth.                                       | 1%          | rankedGroup
            The world's richest 1% own 45% of the wealth.                                  | 45%         | -
            At least 40 people were injured, including 11 Americans.                       | 11          | from united states
            Billionaires gained far more for every $1 of new wealth.                       | $1          | perBase
            Each member received $500.                                                     | $500        | received
            The fund pays $1,000 for each victim.                                          | $1,000      | -
            Only 25.3 million of the 93.4 million registered voters cast ballots.          | 25.3 million | -
            Only 25.3 million of the 93.4 million registered voters cast ballots.          | 93.4 million | registered
            Officials said 2,053 were dead, 9,240 injured and 1,329 houses damaged.        | 1,329       | damaged
            Officials said 2,053 were dead, 9,240 injured and 1,329 houses damaged.        | 9,240       | injured
            Turnout was 26.7%; registered voters totalled 93.4 million.                    | 93.4 million | registered
            London had 45 mm of rain, below the 30-year average of 70 mm of rain.          | 70 mm       | average
            Demand grew by 10.6%, capacity increased 7.7% in December.                     | 7.7%        | capacity
            Of the 25 million ballots cast, 1.2 million were spoiled.                      | 1.2 million | invalid
            """)
    void readsAGroupAWindowOrAPartThatItsFigureNames(String sentence, String figure, String qualifier)
            throws Exception {
        assertThat(claimOf(sentence, figure).frame().qualifier())
                .as("qualifier of %s", figure)
                .isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Eighteen U.S. service members were injured, the Pentagon said.               | U.S.;Pentagon
            The U.N. said 300 people died in Washington D.C. on Monday.                  | U.N.;Washington D.C.;Monday
            Officials in Washington said 300 people died.                                 | Washington
            Aid of 40 million dollars came from the US.                                   | Aid;US
            The agency counted 40 cases, according to NATO.                               | NATO
            Aid of 40 million dollars came from the U.S.                                  | Aid;U.S.
            """)
    void namesEntitiesWithTheirInitialsWhole(String sentence, String entities) throws Exception {
        Claim claim = AlignFixtures.aligned(sentence).get(0);
        assertThat(claim.frame().entities()).containsExactly(entities.split(";"));
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            At least 2,053 dead were counted in the city.                                 | 2,053 | true
            Police counted 80,000 marchers in the capital.                                | 80,000 | true
            At least 3,958 people have died due to flooding, the agency said.             | 3,958 | false
            Researchers from the non-profit interviewed 45 women in the region.            | 45    | false
            The report included interviews and discussions with over 45 survivors and rescuers. | 45 | false
            Labour can boast a majority of 176 MPs in the new parliament.                 | 176   | false
            """)
    void marksAMeasureThatIsWhatTheFigureCounts(String sentence, String figure, boolean counted) throws Exception {
        Claim claim = claimOf(sentence, figure);
        assertThat(claim.frame().measureCounted())
                .as("measure counted for %s", figure)
                .isEqualTo(counted);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Germany committed $100 million to the fund on Monday.                          | 100   | Germany
            The US has pledged $24.5 million to the fund.                                  | 24.5  | United States
            Pledges included $40 million from Britain and $17.5 million from the United States. | 40 | United Kingdom
            Pledges included $40 million from Britain and $17.5 million from the United States. | 17.5 | United States
            Host country the UAE put in another $100 million, the UK at least $51 million. | 51    | United Kingdom
            The UK pledged $40 million to the Fund and £20 million for other arrangements. | 20    | -
            A plan for $16.3 billion was presented by Pakistan at the conference.          | 16.3  | -
            The storm killed 40 people in Buncombe County.                                 | 40    | -
            The recalls have cost Acme some $20 billion so far.                            | 20    | -
            The World Bank gave the Philippines nearly $300 million in aid.                | 300   | -
            Officials said Germany gave $100 million to the fund.                          | 100   | Germany
            Last week the UK gave $40 million to the fund.                                 | 40    | United Kingdom
            """)
    void readsWhoGivesASum(String sentence, String figure, String donor) throws Exception {
        Claim claim = claimOf(sentence, figure);
        assertThat(claim.frame().donor()).as("donor of %s", figure).isEqualTo(donor);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The storm killed 40 people in Buncombe County on Monday.                       | 40    | buncombe county
            Most of North Carolina's 47 deaths happened far inland.                        | 47    | north carolina
            The quake killed 2,681 people in the province, officials told reporters in Rabat. | 2,681 | -
            The storm killed 40 people on Monday.                                          | 40    | -
            The storm killed 23 people in South Carolina and 11 in Florida.                | 11    | florida
            The storm killed 23 people in South Carolina and 11 in Florida.                | 23    | south carolina
            Some 43 people died in Ciudad Norte and five deaths were reported in the smaller town of Villa Sur. | five | villa sur
            The ministry confirmed at least 11 deaths and more than 250 injuries in Mayotte on Sunday. | 11 | mayotte
            The ministry confirmed at least 11 deaths and more than 250 injuries in Mayotte on Sunday. | more than 250 | mayotte
            Five people died and 20 were injured in Gaza.                                  | Five  | gaza
            Israel killed 5 people in the north and 20 in Gaza.                            | 5     | -
            Congress approved $26 billion for Israel and $8 billion for allies in the Indo-Pacific. | $26 billion | -
            Officials counted 553 homes destroyed and 45 damaged in the town of Louisville. | 553 | louisville
            Officials counted 553 homes destroyed; and 45 were damaged in Louisville.      | 553   | -
            At least 12 people died, and 30 were injured in Oslo.                           | 12    | -
            The ministry confirmed at least 11 deaths and more than 1,250 injuries in Mayotte. | 11 | mayotte
            Cyclone Chido killed 94 people as it crossed Mozambique and 35 in Mayotte.     | 94    | -
            The storm killed 11 people and rebels killed 250 soldiers in Mozambique.       | 11    | -
            The storm killed 11 people last week and 250 more this week in Mayotte.        | 11    | -
            Protesters numbered 11,000 yesterday and 25,000 today in Paris.                | 11,000 | -
            The strikes caused 11 Gaza deaths and 250 injuries in Israel.                  | 11    | -
            The war has killed 1,200 Israelis and 30,000 Palestinians in Gaza.             | 1,200 | -
            The quake killed 1,200 people nationwide and 300 in Syria.                     | 1,200 | -
            Turkey's toll rose to 44,000 and 6,000 in Syria.                               | 44,000 | turkey
            In Turkey the quake killed 44,000 people and 6,000 in Syria.                   | 44,000 | turkey
            The earthquake killed 44,000 people and 6,000 in Syria.                        | 44,000 | -
            The cyclone killed 94 people and another 35 in Mayotte.                        | 94    | -
            The quake killed 1,200 people and 300 others in Syria.                         | 1,200 | -
            Kenya reported 30 deaths and 12 in Uganda.                                     | 30    | -
            The storm killed 23 people in South Carolina and 11 deaths and 40 injuries in Florida. | 11 | florida
            Floods killed 30 people in Kenya and displaced 12 families and 40 herders in Uganda. | 12 | uganda
            The fire destroyed 553 homes in Louisville — 332 homes were destroyed and 60 homes damaged in the town of Superior. | 332 | superior
            The quake killed 44,000 people and 6,000 were killed in Syria.                 | 44,000 | -
            The quake killed 44,000 people and 6,000 people in Syria.                      | 44,000 | -
            The storm caused 300 more deaths and 500 injuries in Florida.                  | 300   | florida
            Floods caused 11 deaths and 250 other injuries in Mayotte.                     | 11    | mayotte
            Officials said 106 homes destroyed and 22 homes were damaged in unincorporated Boulder County. | 106 | boulder county
            Officials said 553 homes were destroyed in Louisville; 332 homes were destroyed and 60 homes damaged in the town of Superior. | 332 | superior
            The storm caused 11 deaths and 250 injuries in all, France's interior minister said. | 11 | -
            Some 43 people died in Ciudad Norte and five more deaths were reported on Monday. | five | ciudad norte
            About 800,000 participants were counted in the CGT.                            | 800,000 | -
            About 800,000 people marched in the UK on Saturday.                            | 800,000 | uk
            A dozen eggs cost an average of $3.59 in November, the bureau said.            | 3.59  | -
            The death toll in the Jajarkot earthquake reached 157.                         | 157   | -
            The toll reached 105 in the Jajarkot district.                                 | 105   | jajarkot
            In the nearby Rukum West district, 37 lives were lost.                         | 37    | rukum west
            The storm killed 40 people in Paris yesterday.                                 | 40    | paris
            The quake killed 40 people in the Kathmandu valley.                            | 40    | kathmandu
            About 300 people were treated in Gaza hospitals.                               | 300   | gaza
            Some 200,000 Israelis rallied in Tel Aviv on Saturday.                         | 200,000 | tel aviv
            Some 200 students protested in Tel Aviv University on Saturday.               | 200   | -
            Some 50,000 people protested in the northern city of Haifa.                    | 50,000 | haifa
            About 40 people died in the eastern Ukrainian city of Kharkiv.                 | 40    | kharkiv
            About 40 people died in the port city of Odesa.                                | 40    | odesa
            A total of 372 people had been injured in seven prefectures.                   | 372   | seven prefectures
            The earthquake wounded 600 people in the two districts.                        | 600   | two districts
            At least 56 people were killed across five states.                             | 56    | five states
            Floods hit 12 states on Monday.                                                | 12    | -
            In neighboring Toyama Prefecture, 36 people were injured.                      | 36    | toyama prefecture
            In neighboring Toyama Prefecture, 40 people were injured, including 3 seriously, and 57 houses were damaged. | 3 | toyama prefecture
            In neighboring Toyama Prefecture, 36 people were injured, including 3 seriously, and 57 houses were damaged. | 57 | toyama prefecture
            In June alone, 36 people were injured, including 3 seriously, and 57 houses were damaged. | 57 | -
            In Thailand, officials said six people were killed and 101 were missing in Bangkok. | 101 | bangkok
            In Kyiv, 12 people died; across Ukraine, 40 people died.                      | 40    | -
            In Kyiv, 12 people died; across Ukraine, 40 people died.                      | 12    | kyiv
            In Texas, 300 people died, and 1,200 nationwide.                              | 1,200 | -
            About 80 people died in the province of Herat.                                 | 80    | herat
            About 80 people died in the city of the dead, officials said.                  | 80    | -
            The health minister said 3,000 people had died across the country.             | 3,000 | -
            Floods in Libya killed 300 people, and 40 died in the state of Kerala.         | 40    | kerala
            Washington recorded 157 deaths, while 107 died in Oregon.                      | 157   | washington
            Washington recorded 157 deaths, while 107 died in Oregon.                      | 107   | oregon
            British Columbia has reported at least 486 deaths since Friday.                | 486   | british columbia
            Indonesia has reported 199 deaths and India reported 98.                      | 98    | india
            Reuters reported 199 deaths on Friday.                                        | 199   | -
            Officials in the capital reported 199 deaths, Peter Jackson said.             | 199   | -
            Turkey said 4,500 people had died in Syria.                                   | 4,500 | syria
            India reported 98 deaths in Kerala on Monday.                                 | 98    | kerala
            Flights from India carried 300 stranded passengers home, India said.          | 300   | -
            Jordan said 12,000 people attended the rally on Saturday.                     | 12,000 | -
            Georgia said turnout was 58 percent.                                          | 58 percent | -
            Italy (18,010 deaths), Spain (11,324) and Germany (8,173) had the highest tolls. | 11,324 | spain
            The UK recorded 1,200 deaths on Monday.                                       | 1,200 | uk
            Turkey recorded 4,500 deaths across northern Syria.                           | 4,500 | -
            Sydney (12) and her brother Jack (9) were rescued from the flood.            | 12    | -
            City of Louisville: 550 destroyed, 43 damaged                                | 43    | louisville
            Town of Superior: 378 destroyed, 58 damaged                                  | 378   | superior
            Update: 40 people died on Monday.                                            | 40    | -
            Smith: 40 people died on Monday.                                             | 40    | -
            Shares of Jordan (-3%) fell on Monday, and Acme (5%) rose.                    | -3%   | -
            The largest rises were in West Virginia (+28 cents) and Montana (+27 cents).  | 27 cents | montana
            Shares of Acme (ACME) rose 5% on Monday.                                      | 5%    | -
            The company reported revenue of $5 billion (up 12%) on Monday.                | 12%   | -
            """)
    void readsWhereAFigureWasCounted(String sentence, String figure, String place) throws Exception {
        Claim claim = claimOf(sentence, figure);
        assertThat(claim.frame().place()).as("place of %s", figure).isEqualTo(place);
    }

    /** The claim of {@code sentence} whose quote holds {@code figure}. */
    private static Claim claimOf(String sentence, String figure) throws Exception {
        return AlignFixtures.aligned(sentence).stream()
                .filter(c -> c.quote().text().contains(figure))
                .findFirst()
                .orElseThrow();
    }
}
