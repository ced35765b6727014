package org.dyad.engine.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.engine.SharedParser;
import org.dyad.model.Entity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
  private static final ActorResolver RESOLVER = new ActorResolver(Dictionary.standard());

  /** One line per entity: name, type, country, actor, role, and its mentions' texts. */
  private static List<String> actors(String text) {
    return actors(text, LocalDate.of(2023, 12, 11));
  }

  private static List<String> actors(String text, LocalDate date) {
    Entities entities = RESOLVER.resolve(text, SharedParser.get().parse(text), date);
    for (Entity e : entities.all()) {
      e.mentions().forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    }
    return entities.all().stream()
        .map(e -> e.name() + " " + e.type() + " " + e.country() + " " + e.actor() + " " + e.role() + " "
            + e.mentions().stream().map(m -> m.text()).collect(Collectors.joining("|", "[", "]")))
        .toList();
  }

  /** One line per entity: name, country, where the country came from, actor, role, mentions. */
  private static List<String> sourced(String text, LocalDate date, String dateline) {
    return sourced(text, date, dateline, null);
  }

  /** {@link #sourced(String, LocalDate, String)} of a story from the outlet {@code outlet}. */
  static List<String> sourced(String text, LocalDate date, @Nullable String dateline, @Nullable String outlet) {
    Entities entities = RESOLVER.resolve(text, null, SharedParser.get().parse(text), date, dateline, outlet);
    return entities.all().stream()
        .map(e -> e.name() + " " + e.country() + " " + e.countrySource() + " " + e.actor() + " " + e.role() + " "
            + e.mentions().stream().map(m -> m.text()).collect(Collectors.joining("|", "[", "]")))
        .toList();
  }

  @Test
  void aTitleIsANationalityOrACountrysPossessiveThenDepartmentWordsThenAnOffice() {
    assertThat(actors("Iranian Oil Minister Gholamreza Aqazadeh met Kenya's Foreign Minister Amina Mohamed."))
        .containsExactly(
            "Gholamreza Aqazadeh PERSON IRN IRNGOV Oil Minister [Iranian Oil Minister Gholamreza Aqazadeh]",
            "Amina Mohamed PERSON KEN KENGOV Foreign Minister [Kenya's Foreign Minister Amina Mohamed]");
  }

  @Test
  void anAmbassadorToAPlaceBelongsToTheCountryThatSendsHim() {
    assertThat(actors("Turkish Ambassador to Athens Nazim Akiman was summoned.")).first()
        .isEqualTo("Nazim Akiman PERSON TUR TURGOV Ambassador to Athens [Turkish Ambassador to Athens Nazim Akiman]");
  }

  @Test
  void formerMakesAnExOfficeholderAndAHyphenatedViceTitleIsAnOffice() {
    assertThat(actors("Former President Jimmy Carter met Vice-Premier Li Peng.", LocalDate.of(1987, 3, 2)))
        .containsExactly(
            "Jimmy Carter PERSON USA USAELI Former President [Former President Jimmy Carter]",
            "Li Peng PERSON CHN CHNGOV Vice-Premier [Vice-Premier Li Peng]");
  }

  @Test
  void theDictionaryGivesTheOfficeAPersonHeldOnTheDocumentsDate() {
    assertThat(sourced("Vladimir Putin spoke.", LocalDate.of(1995, 6, 1), null)).first()
        .isEqualTo("Vladimir Putin RUS DICTIONARY RUSELI null [Vladimir Putin]");
    assertThat(sourced("Vladimir Putin spoke.", LocalDate.of(2004, 6, 1), null)).first()
        .isEqualTo("Vladimir Putin RUS DICTIONARY RUSGOV null [Vladimir Putin]");
  }

  @Test
  void aTitleAndASurnameOneLetterOffFindTheOneOfficeHolder() {
    assertThat(actors("President Francois Mitterand arrived.", LocalDate.of(1990, 5, 1))).first()
        .isEqualTo("Francois Mitterand PERSON FRA FRAGOV President [President Francois Mitterand]");
  }

  @Test
  void aDescriptionInAppositionGivesItsCountryAndRoleAndJoinsTheName() {
    assertThat(actors("Taro Kono, Japan's foreign minister, said the talks went well.")).first()
        .isEqualTo("Taro Kono PERSON JPN JPNGOV foreign minister [Taro Kono|Japan's foreign minister]");
  }

  @Test
  void aDomesticOfficeWithNoCountryTakesTheDatelinesMarkedAsInferred() {
    assertThat(sourced("Finance Minister Paulo Teixeira Lima said the talks went well.", LocalDate.of(1987, 3, 3),
        "BRASILIA, March 3")).first()
        .isEqualTo("Paulo Teixeira Lima BRA DATELINE BRAGOV Finance Minister [Finance Minister Paulo Teixeira Lima]");
    assertThat(sourced("State radio said the talks had failed.", LocalDate.of(1987, 3, 3), "ALGIERS, March 3"))
        .first().isEqualTo("State radio DZA DATELINE DZAGOVMED null [State radio]");
  }

  @Test
  void theMinistryAndItReferBackToTheForeignMinistryNamedBefore() {
    assertThat(actors("The Turkish Foreign Ministry summoned the envoy on Monday. It said the ministry would "
        + "protest.")).first()
        .isEqualTo("Foreign Ministry ORGANIZATION TUR TURGOV null [Turkish Foreign Ministry|It|ministry]");
  }

  @Test
  void theItOfWhenItComesToRefersToNothingButTheItOfCameToPowerDoes() {
    assertThat(actors("The Kyodo news agency reported the visit. We agree when it comes to addressing the threat, "
        + "an official said.")).first().asString().doesNotContain("|it");
    assertThat(actors("The Labour Party won the vote. Taxes rose when it came to power.")).first().asString()
        .contains("|it");
  }

  @Test
  void aBodyNamedTwoWaysIsOneBodyWithTheCountryOneNameGives() {
    assertThat(actors("The Ministry of Foreign Affairs said the talks failed. The Iraqi Foreign Ministry had "
        + "called them.")).filteredOn(e -> e.contains("Ministry"))
        .containsExactly("Foreign Ministry ORGANIZATION IRQ IRQGOV null "
            + "[Ministry of Foreign Affairs|Iraqi Foreign Ministry]");
  }

  @Test
  void titleBeforeANameGivesRoleCountryAndGovernmentActorCode() {
    assertThat(actors("South Korean President Yoon Suk Yeol welcomed Japanese Prime Minister Fumio Kishida."))
        .containsExactly(
            "Yoon Suk Yeol PERSON KOR KORGOV President [South Korean President Yoon Suk Yeol]",
            "Fumio Kishida PERSON JPN JPNGOV Prime Minister [Japanese Prime Minister Fumio Kishida]");
  }

  @Test
  void aLowerCaseTitleAfterANationalityIsATitleAsWiresWriteIt() {
    assertThat(actors("There are no plans for Brazilian finance minister Dilson Funaro to meet bankers.")).first()
        .isEqualTo("Dilson Funaro PERSON BRA BRAGOV finance minister [Brazilian finance minister Dilson Funaro]");
  }

  @Test
  void moscowAndTheKremlinSpeakForTheSovietUnionBeforeItsEnd() {
    String text = "The Kremlin said Moscow would reply.";
    assertThat(actors(text, LocalDate.of(1987, 3, 2))).extracting(a -> a.split(" \\[")[0])
        .containsExactly("the Kremlin ORGANIZATION SUN SUNGOV null", "Moscow LOCATION SUN SUN null");
    assertThat(actors(text, LocalDate.of(1992, 3, 2))).extracting(a -> a.split(" \\[")[0])
        .containsExactly("the Kremlin ORGANIZATION RUS RUSGOV null", "Moscow LOCATION RUS RUS null");
  }

  @Test
  void surnameAndPronounsJoinThePersonTheyReferToAndTheDictionaryGivesTheOfficeHeldThatDay() {
    assertThat(actors("Fumio Kishida met Yoon Suk Yeol. Kishida said he hoped to discuss ties with Yoon. "
        + "He has invited Yoon to the summit."))
        .containsExactly(
            "Fumio Kishida PERSON JPN JPNGOV null [Fumio Kishida|Kishida|he|He]",
            "Yoon Suk Yeol PERSON KOR KORGOV null [Yoon Suk Yeol|Yoon|Yoon]");
  }

  @Test
  void aLeaderNamedWithoutACountryTakesTheNationalityThePeopleDictionaryKnows() {
    assertThat(actors("President Reagan met Mr. Smith.")).first()
        .isEqualTo("Reagan PERSON USA USAGOV President [President Reagan]");
  }

  @Test
  void hyphenatedCountryPairHoldsTwoCountries() {
    assertThat(actors("The disputes have dominated Japan-South Korea relations for decades."))
        .containsExactly("Japan COUNTRY JPN JPN null [Japan]", "South Korea COUNTRY KOR KOR null [South Korea]");
  }

  @Test
  void demonymModifiedRoleNounIsAnUnnamedNationalActor() {
    assertThat(actors("A Japanese foreign ministry official said the talks went well."))
        .containsExactly("Japanese foreign ministry official PERSON JPN JPNGOV foreign ministry official "
            + "[Japanese foreign ministry official]");
  }

  @Test
  void appositionGivesRoleAndTheCountryOfTheInstitution() {
    assertThat(actors("The talks went well, said Shin-wha Lee, a professor at Seoul-based Korea University."))
        .containsExactly(
            "Shin-wha Lee PERSON KOR KOREDU professor [Shin-wha Lee|professor]",
            "Seoul LOCATION KOR KOR null [Seoul]",
            "Korea University ORGANIZATION KOR KOREDU null [Korea University]");
  }

  @Test
  void groupOfSevenAndNewsAgenciesComeFromTheDictionary() {
    List<String> got = actors("Kyodo reported that Japan will host the Group of Seven summit. The G7 met in May.");
    assertThat(got).anyMatch(s -> s.startsWith("Kyodo News ORGANIZATION JPN JPNMED"));
    assertThat(got).anyMatch(s -> s.startsWith("Group of Seven ORGANIZATION") && s.endsWith("[Group of Seven|G7]"));
  }

  @Test
  void capitalsAndGovernmentSeatsStandForTheirCountries() {
    List<String> got = actors("The Kremlin said Ottawa had protested.");
    assertThat(got).anyMatch(s -> s.contains("RUS RUSGOV") && s.endsWith("[The Kremlin]"));
    assertThat(got).anyMatch(s -> s.startsWith("Ottawa LOCATION CAN"));
  }

  @Test
  void abbreviationsMatchOnlyInTheirOwnCase() {
    assertThat(actors("Let us talk about the US.")).containsExactly("United States COUNTRY USA USA null [US]");
  }

  @Test
  void emptyAndPunctuationOnlyTextHaveNoActors() {
    assertThat(actors("...")).isEmpty();
  }

  @Test
  void aSurnameTheNerTookForAPlaceOrTheCompanyItTookForAPersonJoinsTheEntityNamedBefore() {
    assertThat(actors("Lieutenant Colonel Oliver North testified. North said he acted alone."))
        .anyMatch(e -> e.startsWith("Oliver North PERSON") && e.contains("North|he"));
    assertThat(actors("Radtech Inc said it filed suit. Radtech said the court agreed."))
        .anyMatch(e -> e.startsWith("Radtech Inc ORGANIZATION") && e.endsWith("[Radtech Inc|it|Radtech]"));
  }

  @Test
  void aSurnameTheNerTookForAnOrganisationIsThePersonNamedBefore() {
    assertThat(actors("Republican presidential candidate Donald Trump spoke in Ohio on Monday.\n\nIn the days "
        + "before Trump's scheduled appearance at AIPAC, a group of rabbis called for a boycott of his speech."))
        .anyMatch(e -> e.startsWith("Donald Trump PERSON USA") && e.contains("|Trump|"))
        .noneMatch(e -> e.startsWith("Trump "));
  }

  @Test
  void aBodyNamedAfterItsLeaderIsOfTheLeadersCountryNotTheStorys() {
    assertThat(actors("Israeli Prime Minister Benjamin Netanyahu met Israeli ministers in Jerusalem. Israel's "
        + "cabinet backed him. Netanyahu said the Obama administration had been unfair to Israel."))
        .anyMatch(e -> e.startsWith("Obama administration ORGANIZATION USA USAGOV"));
  }

  @Test
  void stateNamesAreAmericanNotTheCountryInsideThem() {
    assertThat(actors("The court in New Mexico ruled on Friday.")).containsExactly(
        "court ORGANIZATION USA USAJUD null [court]", "New Mexico LOCATION USA USA null [New Mexico]");
  }

  @Test
  void theGovernmentOfAnArticleAboutOneCountryIsThatCountrysGovernmentAndOneActor() {
    assertThat(actors("Australia will help Ford. The Australian government said the federal government "
        + "would pay. Australian car makers agreed."))
        .anyMatch(e -> e.equals("Australian government ORGANIZATION AUS AUSGOV null "
            + "[Australian government|federal government]"));
    assertThat(actors("Japan and China met. The company said the government would pay."))
        .noneMatch(e -> e.contains("government") || e.contains("company"));
  }

  @Test
  void anEthnicGroupIsOfTheOneOfItsCountriesThatTheStoryNames() {
    assertThat(actors("Hutu rebels attacked a village in Burundi on Sunday."))
        .anyMatch(e -> e.startsWith("Hutu rebels GROUP BDI BDIREB"));
    assertThat(actors("Karen guerrillas attacked a Burmese army post, Karen said."))
        .anyMatch(e -> e.startsWith("Karen guerrillas GROUP MMR MMRREB"))
        .noneMatch(e -> e.startsWith("Karen PERSON MMR"));
  }

  @Test
  void aRightsGroupWithNoCountryIsANonGovernmentalOrganisation() {
    assertThat(actors("Rights groups condemned the arrests."))
        .containsExactly("Rights groups ORGANIZATION null NGOHRI null [Rights groups]");
  }

  @Test
  void aPlaceIsInTheCountryNamedAfterItAndAPlaceOfTwoCountriesIsOfTheOneTheStoryNames() {
    assertThat(actors("Police clashed with protesters in Cizre in southeastern Turkey."))
        .anyMatch(e -> e.startsWith("Cizre LOCATION TUR"));
    assertThat(actors("Clashes in Tripoli spread as Lebanon's army and Lebanese militias fought."))
        .anyMatch(e -> e.startsWith("Tripoli LOCATION LBN"));
  }

  @Test
  void aTransportMinisterIsOfTheGovernmentNotOfTheMedia() {
    assertThat(actors("Kenya's transport minister visited the port."))
        .anyMatch(e -> e.startsWith("Kenya's transport minister PERSON KEN KENGOV "));
  }

  @Test
  void anOfficeWithNoCountryIsOfTheFirstSentencesSubjectButAGroupOfNegotiatorsIsNot() {
    assertThat(actors("Pakistan rejected the remarks on Monday. India and Pakistan are neighbours. "
        + "The Foreign Office spokesperson said the remarks were false."))
        .anyMatch(e -> e.startsWith("Foreign Office spokesperson PERSON PAK PAKGOV"))
        .noneMatch(e -> e.contains("GBR"));
    assertThat(actors("Pakistan rejected the remarks on Monday. In a statement, Foreign Office Spokesperson "
        + "said the remarks were false."))
        .anyMatch(e -> e.contains("Spokesperson") && e.contains(" PAK PAKGOV "));
    assertThat(actors("Ukraine accepted a proposal of the United States on Tuesday. "
        + "The negotiators agreed to meet again."))
        .noneMatch(e -> e.contains("negotiators") && e.contains("UKR"));
  }

  @Test
  void theOfficeHolderTheNerTookForAnOrganisationIsTheOneALaterDescriptionNames() {
    assertThat(actors("Pakistan rejected the remarks. In a statement, Foreign Office Spokesperson said the "
        + "remarks were false. India was wrong, the spokesperson said."))
        .anyMatch(e -> e.startsWith("Foreign Office Spokesperson PERSON PAK PAKGOV Foreign Office Spokesperson "
            + "[Foreign Office Spokesperson|spokesperson]"));
  }

  @Test
  void theItOfWhenItComesToRefersToNoOne() {
    assertThat(actors("Kyodo News reported the talks. Japan is ready when it comes to trade, an official said."))
        .noneMatch(e -> e.contains("|it]") || e.contains("[it]"));
  }

  @Test
  void aStatementThatNamesNoIssuerSpeaksForTheStorysCountryAndOneThatNamesItIsNoActor() {
    assertThat(sourced("The statement said the talks would go on.", LocalDate.of(2025, 3, 11), "KYIV, March 11"))
        .containsExactly("statement UKR DATELINE UKR null [statement]");
    assertThat(sourced("A statement by seven industrial nations said growth would slow.", LocalDate.of(1987, 4, 9),
        "WASHINGTON, April 9"))
        .noneMatch(e -> e.contains("statement"));
    assertThat(sourced("A joint US-Saudi statement welcomed the talks.", LocalDate.of(2023, 5, 7), null))
        .noneMatch(e -> e.contains("statement"));
  }

  @Test
  void ofTwoCountriesNamedAlikeTheStorysUnmarkedOfficeIsOfTheOneWhoseStateItNeverMarks() {
    assertThat(actors("Foreign adviser Touhid Hossain lodged a protest with the Indian government over a killing "
        + "on the border of Bangladesh and India. Bangladesh wants good relations."))
        .first().isEqualTo("Touhid Hossain PERSON BGD BGDGOV Foreign adviser [Foreign adviser Touhid Hossain]");
  }

  @Test
  void aTitleBeforeAnAbbreviatedFirstNameWhereTheSplitterEndedTheSentenceStillNamesTheOffice() {
    assertThat(actors("The talks went well, foreign adviser Md. Touhid Hossain said."))
        .containsExactly("Touhid Hossain PERSON null null foreign adviser [Touhid Hossain]");
  }

  @Test
  void aLegislatureNamedByItsOwnNameIsItsCountrysAndAPointmanIsAnOffice() {
    assertThat(actors("The Knesset and the Bundestag condemned the attack. South Korea's pointman on the North "
        + "spoke."))
        .containsExactly("the Knesset ORGANIZATION ISR ISRLEG null [The Knesset]",
            "the Bundestag ORGANIZATION DEU DEULEG null [the Bundestag]",
            "South Korea's pointman PERSON KOR KORGOV pointman [South Korea's pointman]");
  }

  @Test
  void aBareCapitalisedChamberIsTheLegislatureOfTheStorysCountryAndAHouseIsNot() {
    assertThat(sourced("The Diet passed the budget, and the House will vote next week. He stayed at the house "
        + "near the Opera House.", LocalDate.of(1987, 3, 3), "TOKYO, March 3"))
        .filteredOn(e -> e.contains("LEG"))
        .containsExactly("Diet JPN DATELINE JPNLEG null [Diet]", "House JPN DATELINE JPNLEG null [House]");
  }

  @Test
  void anOfficeHolderCoordinatedWithOneOfANationSharesThatNation() {
    assertThat(actors("The talks were attended by Saudi Foreign Minister Faisal Farhan and National Security "
        + "Advisor Musaed Aiban. Ukraine welcomed the talks. Ukraine said it would agree."))
        .filteredOn(e -> e.startsWith("Musaed Aiban"))
        .singleElement().asString().startsWith("Musaed Aiban PERSON SAU SAUGOV");
  }

  @Test
  void aStatesBodyTheNerLeftUnnamedIsStillThatStatesBody() {
    assertThat(actors("Russia’s Ministry of Foreign Affairs on Wednesday said it expelled five diplomats."))
        .filteredOn(e -> e.contains("Ministry"))
        .singleElement().asString().startsWith("Ministry of Foreign Affairs ORGANIZATION RUS RUSGOV");
  }

  @Test
  void aBodyOfTheSameNameMarkedWithAnotherNationIsAnotherBody() {
    assertThat(actors("Japan's Foreign Ministry protested on Monday. Kono spoke with the Foreign Ministry in Tokyo. "
        + "South Korea’s Foreign Ministry said talks would go on."))
        .filteredOn(e -> e.startsWith("Foreign Ministry"))
        .extracting(e -> e.split(" ")[3])
        .containsExactly("JPN", "KOR");
  }

  @Test
  void aNameWrittenOutBeforeAnAcronymInBracketsIsThatOrganisation() {
    assertThat(actors("Mali was suspended by the Commonwealth of West African States (ECOWAS) on Friday."))
        .filteredOn(e -> e.contains("IGO"))
        .containsExactly("Economic Community of West African States ORGANIZATION null IGOWAFBUSWAS null "
            + "[Commonwealth of West African States|ECOWAS]");
  }
}
