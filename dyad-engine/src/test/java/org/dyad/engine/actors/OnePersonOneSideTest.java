package org.dyad.engine.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A person named only "Mr. X", a description before or after the name, a party's group in a legislature, an
 * abbreviation of another country's body: each is one actor with the side the article gives it, or none.
 */
class OnePersonOneSideTest {
  private static final LocalDate DATE = LocalDate.of(2019, 6, 1);

  /** One line per entity: name, country, where it came from, actor code, role, and its mentions' texts. */
  private static List<String> actors(String text, @Nullable String dateline) {
    return ActorResolverTest.sourced(text, DATE, dateline, null);
  }

  @Test
  void anHonorificAndASurnameIsTheOneOfficeHolderOfThatNameOnTheDay() {
    assertThat(actors("Mr. Abe said the talks in Tokyo would resume.", null))
        .contains("Abe JPN DICTIONARY JPNGOV null [Abe]");
    // No minister or head of government was called Johnson on that day: no one the dictionaries know.
    assertThat(actors("Mr. Johnson said the talks in London would resume.", null))
        .contains("Johnson null null null null [Johnson]");
  }

  @Test
  void aPartysMembersInALegislatureAreAGroupOfThePartysCountry() {
    assertThat(actors("Senate Democrats blocked the bill. House Republicans said they would try again.", null))
        .containsExactly("Senate Democrats USA TEXT USALEG null [Senate Democrats]",
            "House Republicans USA TEXT USALEG null [House Republicans|they]");
    assertThat(actors("Democrats said the bill was flawed.", null))
        .containsExactly("Democrats USA TEXT USAPTY null [Democrats]");
  }

  @Test
  void aDescriptionBeforeTheNameAndAfterItIsTheOnePersonNamedWithThatOffice() {
    assertThat(actors("The foreign minister arrived in Ankara on Monday. The Turkish minister met officials. "
        + "Later, Foreign Minister Mevlut Cavusoglu said the talks went well.", null))
        .contains("Mevlut Cavusoglu TUR DICTIONARY TURGOV Foreign Minister "
            + "[foreign minister|Turkish minister|Foreign Minister Mevlut Cavusoglu]");
  }

  @Test
  void aDescriptionThatFitsTwoNamedPeopleStaysApart() {
    assertThat(actors("The minister arrived in Ankara on Monday. Later, Foreign Minister Mevlut Cavusoglu and "
        + "Finance Minister Berat Albayrak said the talks went well.", null))
        .anySatisfy(line -> assertThat(line).startsWith("minister TUR"));
  }

  @Test
  void anAbbreviationOfABodyOfACountryTheStoryNeverNamesHasNoCountry() {
    assertThat(actors("CBC reported that the White House would announce new tariffs.", "WASHINGTON"))
        .contains("CBC null null ---MED null [CBC]");
    assertThat(actors("CBC reported that Canada and the White House would talk.", "WASHINGTON"))
        .contains("Canadian Broadcasting Corporation CAN DICTIONARY CANMED null [CBC]");
  }

  @Test
  void aSurnameAfterTheFullNameIsThatPersonWhereTheNerSawAPlaceOrNothing() {
    // "Rhodes" is a Greek island in the gazetteer; the NER may tag a bare surname as nothing at all.
    assertThat(actors("Ben Rhodes, the president's deputy national security adviser, spoke on Monday. "
        + "Rhodes noted that officials had long been talking about it.", null))
        .anySatisfy(line -> assertThat(line).startsWith("Ben Rhodes ").endsWith("|Rhodes]"))
        .noneSatisfy(line -> assertThat(line).startsWith("Rhodes GRC"));
    assertThat(actors("Ben Rhodes flew to Rhodes on Monday.", null))
        .anySatisfy(line -> assertThat(line).startsWith("Rhodes GRC"));
  }

  @Test
  void aDescriptionWithNoOfficeGivesItsNationalityWord() {
    assertThat(actors("The killing of a 13-year-old Bangladeshi girl, Shwarna Das, drew a protest.", null))
        .anySatisfy(line -> assertThat(line).startsWith("Shwarna Das BGD TEXT"));
    assertThat(actors("Omar Mateen, an American citizen, was named by the police.", null))
        .anySatisfy(line -> assertThat(line).startsWith("Omar Mateen USA TEXT"));
  }

  @Test
  void aHeadlineVerbInTitleCaseEndsTheName() {
    assertThat(actors("Glenn Beck Says Trump, ‘Allies’ Pose A Danger To Democracy.  Talk show host Glenn Beck on Friday "
        + "declared that Donald Trump was a threat. Trump did not reply.", null))
        .anySatisfy(line -> assertThat(line).startsWith("Glenn Beck "))
        .anySatisfy(line -> assertThat(line).startsWith("Donald Trump "))
        .noneSatisfy(line -> assertThat(line).contains("Says"));
  }

  @Test
  void aPersonOwnedByABodyWithAPossessiveTakesItsCountry() {
    assertThat(actors("CNN's Tara Setmayer said the remark was wrong.", null))
        .anySatisfy(line -> assertThat(line).startsWith("Tara Setmayer USA TEXT"));
  }
}
