package org.trustintranet.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.trustintranet.resources.domain.Subject;

/**
 * The words the benchmark library's resources are written in: for each subject of the national
 * curriculum the words of its topics, and the general words of teaching that any resource holds.
 * Words are drawn by rank (Zipf: the first of a list is common, the last rare), as in real texts,
 * so that a pair of a subject's middle-ranked words (ranks 14 to 37) finds a few hundred of the
 * hundred thousand resources. Every word is lower case, four letters or more and no stop word of
 * MySQL/MariaDB's full-text index, so the database indexes it and a search for it is a search for
 * exactly that word.
 */
final class ResourceWords {
  /** The Zipf exponent of the draws. */
  static final double EXPONENT = 1.0;

  /** The ranks (0-based, in each subject's list) of the words the benchmark searches for. */
  static final int SEARCH_FIRST_RANK = 14;

  static final int SEARCH_LAST_RANK = 37;

  /** InnoDB's default full-text stop words of four letters or more. */
  private static final Set<String> STOP_WORDS =
      Set.of("about", "from", "that", "this", "what", "when", "where", "will", "with");

  private static final Map<Subject, List<String>> SUBJECT_WORDS = new EnumMap<>(Subject.class);

  static {
    subject(
        Subject.ART_AND_DESIGN,
        "drawing painting colour sketchbook texture pattern collage sculpture printmaking portrait"
            + " landscape shading pencil charcoal watercolour acrylic clay ceramics artist tone"
            + " perspective composition proportion observational abstract impressionism cubism"
            + " surrealism mosaic weaving textiles batik stencil monoprint linocut gallery canvas"
            + " palette brushstroke hatching blending still life architecture photography"
            + " illustration graffiti pointillism symmetry silhouette mural origami papier mache"
            + " easel pastel crayon collagraph expressionism renaissance movement critique"
            + " annotation exhibition contour outline highlight complementary primary secondary"
            + " warm cool");
    subject(
        Subject.CITIZENSHIP,
        "democracy parliament government election voting rights responsibilities justice"
            + " court police community volunteering charity citizen identity diversity equality"
            + " tolerance legislation constitution monarchy prime minister commons lords"
            + " referendum campaign petition media freedom speech protest councillor mayor budget"
            + " taxation welfare economy consumer human united nations europe commonwealth"
            + " immigration refugee law jury magistrate crime punishment debate pressure group"
            + " political party manifesto policy local national global sustainability fairness"
            + " advocacy participation accountability opposition cabinet devolution ballot"
            + " candidate");
    subject(
        Subject.COMPUTING,
        "algorithm programming python scratch sequence selection iteration variable loop"
            + " function procedure debugging network internet binary data spreadsheet database"
            + " encryption cybersecurity hardware software processor memory storage input output"
            + " logic gates boolean flowchart pseudocode decomposition abstraction pattern"
            + " recognition computational thinking website html javascript search engine"
            + " packet protocol router server cloud email online safety password privacy"
            + " robot microbit sensor array string integer sorting bubble merge binary search"
            + " compiler interpreter machine code assembly bitmap pixel vector compression"
            + " testing validation");
    subject(
        Subject.DESIGN_AND_TECHNOLOGY,
        "design prototype materials timber metal plastics textiles electronics circuit"
            + " mechanism lever linkage pulley gear cam structure frame shell joinery tools"
            + " workshop safety evaluation specification client product sustainable recycling"
            + " nutrition cooking recipe hygiene food ingredients seasonality bread baking"
            + " sewing stitching pattern fabric dyeing modelling sketching isometric orthographic"
            + " drawing computer aided manufacture laser cutter soldering component resistor"
            + " switch motor batteries ergonomics anthropometrics aesthetics function cost"
            + " iterative marketing packaging biscuits soup pizza salad kneading");
    subject(
        Subject.ENGLISH,
        "reading writing phonics spelling grammar punctuation vocabulary comprehension"
            + " poetry poem story narrative character setting plot novel author shakespeare"
            + " macbeth romeo juliet dickens christmas carol inspector calls persuasive"
            + " argument essay letter diary report instructions recount explanation discussion"
            + " sentence clause paragraph noun verb adjective adverb pronoun preposition"
            + " conjunction apostrophe comma speech marks metaphor simile personification"
            + " alliteration onomatopoeia rhyme stanza sonnet tragedy comedy drama playscript"
            + " inference retrieval prediction summary fluency handwriting guided reading"
            + " anthology gothic dystopian protagonist");
    subject(
        Subject.GEOGRAPHY,
        "rivers mountains volcanoes earthquakes weather climate rainforest desert coast"
            + " erosion deposition glaciers settlement population migration urban rural"
            + " continent ocean country capital city maps compass grid references contour"
            + " fieldwork tourism trade development globalisation biomes ecosystem tectonic"
            + " plates floods drought hurricanes tsunami flooding water cycle rainfall"
            + " temperature latitude longitude equator tropics arctic antarctica africa asia"
            + " europe americas australia india brazil kenya china energy resources farming"
            + " industry transport sustainability deforestation pollution landforms meanders"
            + " estuary delta limestone");
    subject(
        Subject.HISTORY,
        "romans vikings saxons normans tudors victorians egyptians greeks stone bronze iron"
            + " castle monarch queen king empire revolution industrial slavery abolition"
            + " suffragettes world war trenches blitz evacuation holocaust cold civil rights"
            + " chronology timeline sources evidence interpretation causation consequence"
            + " change continuity significance medieval plague black death magna carta"
            + " conquest hastings battle invasion settlement pharaoh pyramids mummies ancient"
            + " civilisation mayans benin baghdad elizabeth henry churchill parliament"
            + " reformation renaissance empire migration local history archaeology artefacts"
            + " colonialism partition");
    subject(
        Subject.LANGUAGES,
        "french spanish german latin mandarin vocabulary grammar verbs conjugation tense"
            + " present past future perfect imperfect nouns gender adjectives agreement"
            + " pronunciation listening speaking reading writing translation dictation phonics"
            + " greetings numbers colours family animals food drink hobbies school weather"
            + " holidays town directions shopping clothes body health house routine time"
            + " dates months seasons festivals culture francophone hispanic dialogue role play"
            + " oral exam questions opinions reasons connectives comparisons negatives"
            + " questions articles plurals infinitive reflexive subjunctive cognates");
    subject(
        Subject.MATHEMATICS,
        "fractions decimals percentages algebra equations geometry angles shapes triangles"
            + " circles area perimeter volume measurement multiplication division addition"
            + " subtraction times tables place value number bonds counting ratio proportion"
            + " probability statistics averages mean median mode range graphs charts"
            + " coordinates transformations reflection rotation translation enlargement"
            + " pythagoras trigonometry sequences quadratic simultaneous inequalities"
            + " factors multiples primes indices surds standard form rounding estimation"
            + " money time calendar symmetry polygons vectors bearings scale drawing"
            + " reasoning problem solving fluency arithmetic");
    subject(
        Subject.MUSIC,
        "rhythm pulse tempo pitch melody harmony dynamics timbre texture structure notation"
            + " composing performing listening singing choir ensemble orchestra instruments"
            + " percussion strings woodwind brass keyboard guitar ukulele recorder drums"
            + " chords scales major minor pentatonic improvisation ostinato canon round"
            + " beethoven mozart bach classical baroque romantic jazz blues reggae samba"
            + " gamelan african drumming film music musicals opera symphony concerto sonata"
            + " lyrics song verse chorus riff loop sequencing technology recording"
            + " appraising staff crotchet quaver minim semibreve");
    subject(
        Subject.PHYSICAL_EDUCATION,
        "athletics gymnastics dance swimming football netball rugby hockey cricket rounders"
            + " tennis badminton basketball volleyball handball orienteering outdoor"
            + " adventurous fitness stamina strength flexibility speed agility balance"
            + " coordination warm cool stretching sprinting jumping throwing catching passing"
            + " dribbling shooting tactics teamwork sportsmanship rules umpire referee"
            + " leadership healthy lifestyle heart rate muscles skeleton training methods"
            + " circuit interval aerobic anaerobic components skill acquisition evaluation"
            + " performance analysis olympics paralympics inclusion");
    subject(
        Subject.PSHE,
        "wellbeing mental health emotions feelings friendship relationships bullying"
            + " kindness respect consent puberty growing changes body hygiene safety online"
            + " internet social media drugs alcohol smoking vaping nutrition exercise sleep"
            + " resilience mindfulness anxiety stress careers money budgeting saving debt"
            + " employability diversity equality discrimination stereotypes prejudice"
            + " families marriage identity values rights responsibilities first aid"
            + " emergency road water fire safeguarding trusted adults boundaries communication"
            + " conflict resolution decision making goals aspirations loneliness grief");
    subject(
        Subject.RELIGIOUS_EDUCATION,
        "christianity islam judaism hinduism sikhism buddhism humanism worship prayer"
            + " festivals easter christmas diwali eid ramadan hanukkah vaisakhi wesak passover"
            + " bible quran torah gurdwara mosque church synagogue temple mandir pilgrimage"
            + " beliefs practices rituals symbols creation stories parables prophets jesus"
            + " muhammad moses abraham guru nanak buddha ethics morality philosophy"
            + " existence suffering evil afterlife forgiveness charity community sacred texts"
            + " baptism communion marriage ceremonies rites passage meditation enlightenment"
            + " karma dharma covenant trinity");
    subject(
        Subject.SCIENCE,
        "plants animals habitats living things materials rocks light sound electricity"
            + " forces magnets earth space states matter evolution inheritance cells"
            + " photosynthesis respiration digestion circulatory skeleton microorganisms"
            + " ecosystems food chains classification atoms elements compounds mixtures"
            + " periodic table reactions acids alkalis energy waves particles pressure"
            + " density gravity friction motion speed velocity acceleration circuits current"
            + " voltage resistance radiation nuclear genetics variation adaptation enzymes"
            + " hormones nervous system bonding electrolysis rates equilibrium organic"
            + " chemistry fieldwork experiment investigation hypothesis");
  }

  /** Words of teaching and learning that resources of every subject hold. */
  private static final List<String> GENERAL =
      words(
          "lesson learning objectives success criteria starter plenary activity activities"
              + " worksheet questions answers differentiated support challenge extension"
              + " mastery retrieval practice knowledge skills understanding assessment"
              + " formative summative feedback marking rubric model modelling example examples"
              + " scaffold scaffolding vocabulary discussion partner group independent"
              + " homework revision recap review quiz test exam paper mark scheme checklist"
              + " teacher pupils students class classroom resources slides presentation"
              + " video clip images diagram table chart template booklet handout cards"
              + " sorting matching labelling prompts sentence stems glossary keywords"
              + " curriculum scheme unit sequence progression prior misconceptions"
              + " adaptive inclusive accessible dyslexia friendly send support reading age"
              + " literacy numeracy oracy cross curricular enrichment trip visit outdoor"
              + " learning science week competition project investigation research"
              + " presentation poster leaflet display working wall cover lesson supply"
              + " intervention catch tutoring small group booster transition induction"
              + " moderation standardisation exemplar annotated evidence portfolio"
              + " evaluation reflection metacognition self peer assessment exit ticket"
              + " hinge question cold call think pair share mini whiteboards deliberate"
              + " spaced interleaving dual coding worked examples faded guidance explicit"
              + " instruction direct teaching demonstration enquiry inquiry based problem"
              + " solving creative thinking critical collaboration communication"
              + " independence resilience curiosity autumn spring summer term half week"
              + " daily weekly termly annual planning medium long short overview outline"
              + " knowledge organiser mind map flashcards timeline fact file case study"
              + " source analysis comparison contrast explanation description account"
              + " argument opinion evidence justify explain describe identify compare"
              + " evaluate analyse calculate predict observe measure record present"
              + " interpret summarise classify sequence order rank plan design create make"
              + " perform improve refine edit draft publish share reuse adapt adapted"
              + " editable printable colour black white large print audio transcript"
              + " subtitles captions translated welsh bilingual parents carers families"
              + " community governors leaders subject leader department faculty trust"
              + " school primary secondary sixth form nursery reception infant junior"
              + " early years foundation stage national curriculum specification board"
              + " syllabus topic theme core foundation higher tier grade level band"
              + " target expected greater depth working towards emerging developing secure"
              + " confident fluent accurate complete adaptable clear licence quality");

  private ResourceWords() {}

  private static void subject(Subject subject, String words) {
    SUBJECT_WORDS.put(subject, words(words));
  }

  /**
   * The words of a list, once each, without those the full-text index would skip: shorter than four
   * letters (MyISAM's limit; InnoDB's is three) or in InnoDB's default stop word list.
   */
  private static List<String> words(String text) {
    return Arrays.stream(text.trim().split("\\s+"))
        .filter(w -> w.length() >= 4 && !STOP_WORDS.contains(w))
        .distinct()
        .toList();
  }

  /** A subject's words, the commonest first. */
  static List<String> of(Subject subject) {
    return SUBJECT_WORDS.get(subject);
  }

  /** The general words of teaching, the commonest first. */
  static List<String> general() {
    return GENERAL;
  }

  /** Every word, once. */
  static Set<String> vocabulary() {
    Set<String> all = new LinkedHashSet<>(GENERAL);
    SUBJECT_WORDS.values().forEach(all::addAll);
    return Collections.unmodifiableSet(all);
  }

  /** The words of a subject the benchmark's searches are made of: its middle ranks. */
  static List<String> searchWords(Subject subject) {
    List<String> words = of(subject);
    return words.subList(SEARCH_FIRST_RANK, Math.min(words.size(), SEARCH_LAST_RANK + 1));
  }

  /** Draws the words of a list by rank, with Zipf's weights. */
  static final class Draw {
    private final List<String> words;
    private final double[] cumulative;

    Draw(List<String> words) {
      this.words = List.copyOf(words);
      this.cumulative = new double[words.size()];
      double total = 0;
      for (int r = 0; r < words.size(); r++) {
        total += 1 / Math.pow(r + 1, EXPONENT);
        cumulative[r] = total;
      }
      for (int r = 0; r < cumulative.length; r++) {
        cumulative[r] /= total;
      }
    }

    String next(SplittableRandom random) {
      int at = Arrays.binarySearch(cumulative, random.nextDouble());
      int rank = at >= 0 ? at : -at - 1;
      return words.get(Math.min(rank, words.size() - 1));
    }

    /** {@code count} draws, in the order drawn (a word may come twice). */
    List<String> next(SplittableRandom random, int count) {
      List<String> drawn = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        drawn.add(next(random));
      }
      return drawn;
    }
  }
}
