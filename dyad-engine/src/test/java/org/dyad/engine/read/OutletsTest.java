package org.dyad.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletsTest {
  @Test
  void anOutletCreditedUnderAnyOfItsNamesHasOneName() {
    Outlets o = Outlets.standard();
    assertThat(o.name("REUTER")).isEqualTo("Reuters");
    assertThat(o.name("Thomson Reuters")).isEqualTo("Reuters");
    assertThat(o.name("the Associated Press")).isEqualTo("AP");
    assertThat(o.name("Agence France-Presse")).isEqualTo("AFP");
    assertThat(o.name("Yonhap News Agency")).isEqualTo("Yonhap");
    assertThat(o.name("REUTER...")).isEqualTo("Reuters");
  }

  @Test
  void aPlaceOrAWordIsNoOutlet() {
    assertThat(Outlets.standard().name("Japan")).isNull();
    assertThat(Outlets.standard().name("said")).isNull();
  }
}
