package cn.jianwu.disclosure.identity;

import java.util.Arrays;
import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PemKeysTest {

	@Test
	void pkcs8PemRoundTripsWithAStableThumbprintKeyId() throws Exception {
		RSAKey generated = new RSAKeyGenerator(2048).generate();
		RSAKey key = PemKeys.signingKey(generated.toRSAPublicKey(), generated.toRSAPrivateKey());

		String pem = PemKeys.write(key);
		RSAKey read = PemKeys.read(pem);

		assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
		assertThat(read.getKeyID()).isEqualTo(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
		assertThat(read.toRSAPrivateKey()).isEqualTo(key.toRSAPrivateKey());
		assertThat(read.toRSAPublicKey()).isEqualTo(key.toRSAPublicKey());
	}

	@Test
	void pkcs1PemAndEscapedNewlinesAreReadToo() throws Exception {
		RSAKey generated = new RSAKeyGenerator(2048).generate();
		byte[] pkcs8 = generated.toRSAPrivateKey().getEncoded();
		// PKCS#8 for RSA: SEQUENCE { version, algorithm (15 bytes), OCTET STRING pkcs1 }.
		byte[] pkcs1 = pkcs1From(pkcs8);
		// As an environment variable often carries it: on one line, with literal \n.
		String pem = ("-----BEGIN RSA PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs1)
				+ "\n-----END RSA PRIVATE KEY-----")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");

		RSAKey read = PemKeys.read(pem);

		assertThat(read.toRSAPublicKey()).isEqualTo(generated.toRSAPublicKey());
		assertThat(PemKeys.pkcs1ToPkcs8(pkcs1)).isEqualTo(pkcs8);
	}

	@Test
	void somethingElseIsRefusedWithoutEchoingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> PemKeys.read("my-secret-value"))
			.withMessageNotContaining("my-secret-value");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PemKeys.read("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
	}

	@Test
	void shortKeysAreRefused() throws Exception {
		RSAKey small = new RSAKeyGenerator(1024, true).generate();
		assertThatIllegalArgumentException().isThrownBy(() -> PemKeys.read(PemKeys.write(small)))
			.withMessageContaining("2048");
	}

	private static byte[] pkcs1From(byte[] pkcs8) {
		int offset = 1 + lengthOfLength(pkcs8, 1) + 3 + 15;
		int octetHeader = 1 + lengthOfLength(pkcs8, offset + 1);
		return Arrays.copyOfRange(pkcs8, offset + octetHeader, pkcs8.length);
	}

	private static int lengthOfLength(byte[] der, int at) {
		int first = der[at] & 0xff;
		return (first < 0x80) ? 1 : 1 + (first & 0x7f);
	}

}
