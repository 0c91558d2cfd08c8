package cn.jianwu.disclosure.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PrivateKeySealTest {

	@Test
	void sealedKeyOpensWithTheSameSecretOnly() {
		String pem = "-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----\n";

		String sealed = PrivateKeySeal.seal(pem, "correct horse");

		assertThat(sealed).doesNotContain("PRIVATE KEY");
		assertThat(PrivateKeySeal.seal(pem, "correct horse")).as("fresh salt and nonce").isNotEqualTo(sealed);
		assertThat(PrivateKeySeal.open(sealed, "correct horse")).isEqualTo(pem);
		assertThatIllegalStateException().isThrownBy(() -> PrivateKeySeal.open(sealed, "battery staple"))
			.withMessageContaining("JIANWU_JWT_KEY_SECRET");
		assertThatIllegalStateException().isThrownBy(() -> PrivateKeySeal.open("bm90IHNlYWxlZA==", "correct horse"));
	}

}
