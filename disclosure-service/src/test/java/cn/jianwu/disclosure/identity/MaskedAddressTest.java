package cn.jianwu.disclosure.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskedAddressTest {

	@Test
	void showsTheNetworkNotTheMachine() {
		assertThat(MaskedAddress.of("203.0.113.77")).isEqualTo("203.0.113.*");
		assertThat(MaskedAddress.of("2001:db8:85a3:0:0:8a2e:370:7334")).isEqualTo("2001:db8:85a3:*");
	}

	@Test
	void showsNothingOfWhatIsNoAddress() {
		assertThat(MaskedAddress.of(null)).isEqualTo("*");
		assertThat(MaskedAddress.of("user:o-abc")).isEqualTo("*");
		assertThat(MaskedAddress.of("203.0.113.77, 10.0.0.1")).isEqualTo("*");
	}

}
