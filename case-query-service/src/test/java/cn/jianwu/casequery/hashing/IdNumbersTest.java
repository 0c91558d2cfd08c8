package cn.jianwu.casequery.hashing;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTest {

	@Test
	void checksTheCheckCharacter() {
		assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
		assertThat(IdNumbers.isValid(IdNumbers.normalise("11010519491231002x "))).isTrue();
		assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
		assertThat(IdNumbers.isValid("1101051949123100")).isFalse();
		assertThat(IdNumbers.last4("11010519491231002X")).isEqualTo("002X");
		assertThat(IdNumbers.isLast4("002X")).isTrue();
		assertThat(IdNumbers.isLast4("X002")).isFalse();
	}

	@Test
	void queryCodesAreTwelveRandomDigits() {
		QueryCodes codes = new QueryCodes();
		for (int i = 0; i < 1000; i++) {
			assertThat(codes.next()).matches("\\d{12}");
		}
		assertThat(QueryCodes.normalise("1234 5678-9012")).isEqualTo("123456789012");
	}

	@Test
	void keyedHashesDependOnKeyAndKind() {
		KeyedHash one = new KeyedHash("a-key-of-thirty-two-characters!!".getBytes(StandardCharsets.UTF_8));
		KeyedHash other = new KeyedHash("another-key-of-thirty-two-chars!".getBytes(StandardCharsets.UTF_8));
		assertThat(one.queryCode("123456789012")).isEqualTo(one.queryCode("123456789012"))
			.isNotEqualTo(other.queryCode("123456789012"))
			.isNotEqualTo(one.idNumber("123456789012"));
		assertThat(one.client("203.0.113.7")).hasSize(32).doesNotContain("203");
	}

}
