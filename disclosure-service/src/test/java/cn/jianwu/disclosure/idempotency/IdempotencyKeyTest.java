package cn.jianwu.disclosure.idempotency;

import cn.jianwu.disclosure.problem.DisclosureException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IdempotencyKeyTest {

	@Test
	void aUuidIsAKeyAndBlanksControlCharactersAndOverlongValuesAreNot() {
		assertThat(IdempotencyKey.checked("0b7c6f2e-5f7a-4c1e-9d53-3a1f0e2b8c41"))
			.isEqualTo("0b7c6f2e-5f7a-4c1e-9d53-3a1f0e2b8c41");
		for (String bad : new String[] { "", "a b", "键", "a\nb", "x".repeat(101) }) {
			assertThatExceptionOfType(DisclosureException.class).isThrownBy(() -> IdempotencyKey.checked(bad))
				.satisfies((ex) -> assertThat(ex.kind()).isEqualTo("validation"));
		}
	}

	@Test
	void theFingerprintDependsOnEndpointAndBodyOnly() {
		String body = "{\"comment\":\"同意\"}";
		assertThat(IdempotencyKey.fingerprint("POST /a", body)).isEqualTo(IdempotencyKey.fingerprint("POST /a", body))
			.hasSize(64)
			.isNotEqualTo(IdempotencyKey.fingerprint("POST /b", body))
			.isNotEqualTo(IdempotencyKey.fingerprint("POST /a", "{\"comment\":\"不同意\"}"));
		assertThat(IdempotencyKey.fingerprint("POST /a", null)).isNotEqualTo(IdempotencyKey.fingerprint("POST /a", ""));
	}

	@Test
	void aReusedKeyIsRefusedAs422() {
		DisclosureException refused = IdempotencyKey.reused();
		assertThat(refused.status().value()).isEqualTo(422);
		assertThat(refused.kind()).isEqualTo("idempotency-key-reused");
	}

}
