package cn.jianwu.disclosure.identity;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * Reads and writes RSA private keys as PEM: PKCS#8 ({@code BEGIN PRIVATE KEY}, what
 * {@code openssl genpkey} writes) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, older
 * {@code openssl genrsa}). The key id is the RFC 7638 thumbprint of the public key, so
 * the same key always has the same {@code kid}.
 */
final class PemKeys {

	private static final String PKCS8 = "PRIVATE KEY";

	private static final String PKCS1 = "RSA PRIVATE KEY";

	private PemKeys() {
	}

	/**
	 * The signing key (private and public parts) from a PEM text.
	 * @throws IllegalArgumentException if the text is not an RSA private key; the message
	 * never contains the key
	 */
	static RSAKey read(String pem) {
		String text = pem.replace("\\n", "\n").trim();
		byte[] der;
		if (text.contains("BEGIN " + PKCS1)) {
			der = pkcs1ToPkcs8(decode(text, PKCS1));
		}
		else if (text.contains("BEGIN " + PKCS8)) {
			der = decode(text, PKCS8);
		}
		else {
			throw new IllegalArgumentException(
					"Not a PEM RSA private key: expected '-----BEGIN PRIVATE KEY-----' (PKCS#8) or '-----BEGIN RSA PRIVATE KEY-----'");
		}
		try {
			RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(der));
			if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
				throw new IllegalArgumentException("The RSA private key lacks its CRT parameters (public exponent)");
			}
			if (crt.getModulus().bitLength() < 2048) {
				throw new IllegalArgumentException("The RSA key has fewer than 2048 bits");
			}
			RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
			return signingKey(publicKey, privateKey);
		}
		catch (GeneralSecurityException | ClassCastException ex) {
			throw new IllegalArgumentException(
					"Not a readable RSA private key (" + ex.getClass().getSimpleName() + ")");
		}
	}

	static RSAKey signingKey(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
		try {
			RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
			return new RSAKey.Builder(withoutId).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(withoutId.computeThumbprint().toString())
				.build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not compute the key id", ex);
		}
	}

	/** The private key as PKCS#8 PEM. */
	static String write(RSAKey key) {
		try {
			String body = Base64.getMimeEncoder(64, new byte[] { '\n' })
				.encodeToString(key.toRSAPrivateKey().getEncoded());
			return "-----BEGIN " + PKCS8 + "-----\n" + body + "\n-----END " + PKCS8 + "-----\n";
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not encode the private key", ex);
		}
	}

	private static byte[] decode(String text, String label) {
		int begin = text.indexOf("-----BEGIN " + label + "-----");
		int end = text.indexOf("-----END " + label + "-----");
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("Malformed PEM: missing BEGIN/END " + label);
		}
		String base64 = text.substring(begin + ("-----BEGIN " + label + "-----").length(), end).replaceAll("\\s", "");
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Malformed PEM: the body is not Base64");
		}
	}

	/**
	 * Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo: SEQUENCE { INTEGER 0,
	 * SEQUENCE { OID rsaEncryption, NULL }, OCTET STRING pkcs1 }.
	 */
	static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
		byte[] version = { 0x02, 0x01, 0x00 };
		byte[] algorithm = { 0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01,
				0x01, 0x01, 0x05, 0x00 };
		byte[] octets = tlv(0x04, pkcs1);
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		content.writeBytes(version);
		content.writeBytes(algorithm);
		content.writeBytes(octets);
		return tlv(0x30, content.toByteArray());
	}

	private static byte[] tlv(int tag, byte[] value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(tag);
		int length = value.length;
		if (length < 0x80) {
			out.write(length);
		}
		else {
			byte[] lengthBytes = BigInteger.valueOf(length).toByteArray();
			int skip = (lengthBytes[0] == 0) ? 1 : 0;
			out.write(0x80 | (lengthBytes.length - skip));
			out.write(lengthBytes, skip, lengthBytes.length - skip);
		}
		out.writeBytes(value);
		return out.toByteArray();
	}

}
