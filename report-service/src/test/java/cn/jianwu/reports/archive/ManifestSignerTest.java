package cn.jianwu.reports.archive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ManifestSignerTest {

	private static final byte[] MANIFEST = "{\"volume\":{\"department\":\"办公室\"}}".getBytes(StandardCharsets.UTF_8);

	@Test
	void aManifestSignedWithTheConfiguredKeyVerifiesAndAChangedOneDoesNot() throws Exception {
		ManifestSigner signer = signer(ManifestSigner.pem("PRIVATE KEY", rsa(3072).getPrivate().getEncoded()));
		String signature = signer.sign(MANIFEST);

		assertThat(signer.verify(MANIFEST, signature, signer.keyId())).contains(true);
		byte[] changed = "{\"volume\":{\"department\":\"公诉部\"}}".getBytes(StandardCharsets.UTF_8);
		assertThat(signer.verify(changed, signature, signer.keyId())).contains(false);
		assertThat(signer.verify(MANIFEST, "not base64!", signer.keyId())).contains(false);
	}

	@Test
	void theSameKeyHasTheSameIdAndItsPublicHalfIsServedAsPem() throws Exception {
		String pem = ManifestSigner.pem("PRIVATE KEY", rsa(2048).getPrivate().getEncoded());
		ManifestSigner one = signer(pem);
		// as an environment variable often carries it: on one line with \n
		ManifestSigner two = signer(pem.replace("\n", "\\n"));
		assertThat(one.keyId()).isEqualTo(two.keyId()).hasSize(16);
		assertThat(one.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
		assertThat(ManifestSigner.keyId(ManifestSigner.readPublic(one.publicKeyPem()))).isEqualTo(one.keyId());
	}

	@Test
	void refusesAKeyThatIsNotAnRsaPrivateKeyWithoutShowingIt() throws Exception {
		assertThatIllegalStateException()
			.isThrownBy(() -> signer("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"))
			.withMessageContaining("REPORT_SIGNING_KEY")
			.withMessageNotContaining("AAAA");
		String small = ManifestSigner.pem("PRIVATE KEY", rsa(1024).getPrivate().getEncoded());
		assertThatIllegalStateException().isThrownBy(() -> signer(small)).withMessageContaining("2048");
	}

	private static ManifestSigner signer(String pem) {
		// a configured key never touches the database
		return new ManifestSigner(null, new ArchiveProperties(Path.of("unused"), pem, "0 0 0 1 1 *", 60));
	}

	private static KeyPair rsa(int bits) throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(bits);
		return generator.generateKeyPair();
	}

}
