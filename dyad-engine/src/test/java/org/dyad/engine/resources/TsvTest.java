package org.dyad.engine.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader of tab-separated data files on small files written for the test. */
class TsvTest {
  private static final Tsv PEOPLE = Tsv.of("name", "aliases", "country");

  private static List<Row> read(Tsv tsv, String text) {
    List<Row> rows = new ArrayList<>();
    tsv.read("people.tsv", new StringReader(text), rows::add);
    return rows;
  }

  @Test
  void commentsAndBlankLinesAreSkippedAndRowsKeepTheirLineNumbers() {
    List<Row> rows = read(PEOPLE, "# people.tsv -- written for a test\n\nname\taliases\tcountry\n"
        + "Ronald Reagan\tReagan\tUSA\n# a comment between rows\nYoon Suk Yeol\t\tKOR\n");
    assertThat(rows).extracting(Row::where).containsExactly("people.tsv:4", "people.tsv:6");
    assertThat(rows.get(1).get("name")).isEqualTo("Yoon Suk Yeol");
  }

  @Test
  void anEmptyCellOrADashMeansNone() {
    List<Row> rows = read(PEOPLE, "name\taliases\tcountry\nA\t-\tUSA\nB\t\tKOR\n");
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.none("aliases")).isTrue();
      assertThat(r.optional("aliases")).isNull();
      assertThat(r.list("aliases")).isEmpty();
    });
    assertThatThrownBy(() -> rows.get(0).require("aliases")).isInstanceOf(ResourceException.class)
        .hasMessage("people.tsv:2: no aliases");
  }

  @Test
  void alternativesAreSeparatedBySemicolonsAndStripped() {
    Row r = read(PEOPLE, "name\taliases\tcountry\nGeorge Bush\tGeorge H. W. Bush; Bush ;;\tUSA\n").get(0);
    assertThat(r.list("aliases")).containsExactly("George H. W. Bush", "Bush");
    assertThat(r.get("aliases")).isEqualTo("George H. W. Bush; Bush ;;");
  }

  @Test
  void trailingEmptyCellsCountAsCells() {
    Row r = read(PEOPLE, "name\taliases\tcountry\nA\t\t\n").get(0);
    assertThat(r.get("country")).isEmpty();
    assertThatThrownBy(() -> read(PEOPLE, "name\taliases\tcountry\nA\t\n"))
        .isInstanceOf(ResourceException.class)
        .hasMessage("people.tsv:2: expected 3 cells (name, aliases, country), found 2");
    assertThatThrownBy(() -> read(PEOPLE, "name\taliases\tcountry\nA\t\t\t\n"))
        .hasMessage("people.tsv:2: expected 3 cells (name, aliases, country), found 4");
  }

  @Test
  void theRowOfColumnNamesMustBeTheDeclaredOne() {
    assertThatThrownBy(() -> read(PEOPLE, "# header\nname\tcountry\taliases\nA\t\tUSA\n"))
        .isInstanceOf(ResourceException.class)
        .hasMessageStartingWith("people.tsv:2: expected the column names name aliases country");
    assertThatThrownBy(() -> read(PEOPLE, "# only comments\n"))
        .hasMessage("people.tsv: no row of column names (name aliases country)");
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    assertThat(read(PEOPLE, "\uFEFFname\taliases\tcountry\nA\t\tUSA\n")).extracting(r -> r.get("country"))
        .containsExactly("USA");
  }

  @Test
  void anErrorWhileARowIsReadNamesItsLine() {
    assertThatThrownBy(() -> PEOPLE.read("people.tsv", new StringReader("name\taliases\tcountry\n\nA\t\tx\n"),
        r -> Integer.parseInt(r.get("country"))))
        .isInstanceOf(ResourceException.class)
        .hasMessage("people.tsv:3: For input string: \"x\"");
    assertThatThrownBy(() -> read(PEOPLE, "name\taliases\tcountry\nA\t\tUSA\n").get(0).get("born"))
        .hasMessageContaining("no column born");
  }

  @Test
  void aMissingResourceIsAnErrorNamingIt() {
    assertThatThrownBy(() -> PEOPLE.read(TsvTest.class, "nowhere.tsv", r -> {}))
        .isInstanceOf(ResourceException.class).hasMessageStartingWith("nowhere.tsv: no such resource");
  }

  @Test
  void everyShippedDataFileReadsWithTheColumnsItsReaderDeclares() {
    // Reading them is what loading the dictionaries does; an error would name the file and the line.
    assertThat(org.dyad.engine.actors.Dictionary.standard().country("KOR")).isPresent();
    assertThat(org.dyad.engine.places.Gazetteer.standard().countryNamed("South Korea")).contains("KOR");
    assertThat(org.dyad.engine.events.Codebook.standard().get("042")).isPresent();
  }
}
