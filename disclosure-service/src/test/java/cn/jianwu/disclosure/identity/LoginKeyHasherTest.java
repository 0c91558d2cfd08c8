package cn.jianwu.disclosure.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys failed logins are stored under cannot be recomputed from an address or a
 * username without the service's secret, and are the same on every instance that has it.
 */
class LoginKeyHasherTest {

	@Test
	void theSameSecretGivesTheSameKeysOnEveryInstance() {
		LoginKeys one = LoginKeyHasher.fromSecret("a-secret-of-this-deployment-0123456789").keys("chief", "10.1.2.3");
		LoginKeys other = LoginKeyHasher.fromSecret("a-secret-of-this-deployment-0123456789").keys("chief", "10.1.2.3");

		assertThat(one).isEqualTo(other);
		assertThat(one.account()).matches("[0-9a-f]{64}").isNotEqualTo(one.client());
	}

	@Test
	void withoutTheSecretAnAddressCannotBeHashedIntoItsKey() throws Exception {
		LoginKeys keys = LoginKeyHasher.fromSecret("a-secret-of-this-deployment-0123456789").keys("chief", "10.1.2.3");

		// what anyone could compute from the address alone (the keys before this change)
		assertThat(keys.client()).isNotEqualTo(sha256("client:10.1.2.3")).doesNotContain("10.1.2.3");
		assertThat(keys.account()).isNotEqualTo(sha256("account:chief"));
		assertThat(LoginKeyHasher.fromSecret("another-deployment's-secret-0123456789").keys("chief", "10.1.2.3"))
			.isNotEqualTo(keys);
	}

	@Test
	void withoutASecretTheDevelopmentKeyStillSeparatesClientsAndAccounts() {
		LoginKeyHasher development = LoginKeyHasher.fromSecret("");

		assertThat(development.keys("chief", "10.1.2.3").client())
			.isNotEqualTo(development.keys("chief", "10.1.2.4").client());
		assertThat(development.keys("chief", "10.1.2.3").account())
			.isNotEqualTo(development.keys("leader1", "10.1.2.3").account());
	}

	private static String sha256(String value) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
	}

}
