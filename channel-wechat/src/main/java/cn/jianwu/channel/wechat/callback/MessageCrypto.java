package cn.jianwu.channel.wechat.callback;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import cn.jianwu.channel.wechat.WechatProperties;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;

import org.springframework.util.StringUtils;

/**
 * Safe mode ({@code encrypt_type=aes}): AES with the account's EncodingAESKey, through
 * WxJava's {@link WxMpCryptUtil}. Staff can change the key on the platform at any time,
 * and messages encrypted with the previous one may still arrive, so both are kept: the
 * current one is tried first, and a reply is encrypted with the key its message came
 * with.
 * <p>
 * The message signature is checked here, in constant time, before anything is decrypted.
 */
class MessageCrypto {

	private final List<WxMpCryptUtil> keys = new ArrayList<>();

	private final String token;

	MessageCrypto(WechatProperties properties) {
		this.token = properties.token();
		add(properties, properties.aesKey(), "WECHAT_AES_KEY");
		add(properties, properties.aesKeyPrevious(), "WECHAT_AES_KEY_PREVIOUS");
	}

	boolean enabled() {
		return !this.keys.isEmpty();
	}

	/**
	 * @param encrypted the {@code Encrypt} element of the pushed XML
	 * @throws CallbackRejected for a wrong signature (403) or a message no key opens
	 * (400)
	 */
	Decrypted decrypt(String msgSignature, String timestamp, String nonce, String encrypted) {
		if (!enabled()) {
			throw CallbackRejected.unreadable("服务器未配置消息加解密密钥（EncodingAESKey），无法处理安全模式的消息。");
		}
		if (encrypted == null || !CallbackSignature.matches(msgSignature, this.token, timestamp, nonce, encrypted)) {
			throw CallbackRejected.badSignature();
		}
		for (WxMpCryptUtil key : this.keys) {
			try {
				String xml = key.decrypt(encrypted);
				if (xml != null && xml.strip().startsWith("<xml")) {
					return new Decrypted(xml, key);
				}
			}
			catch (WxRuntimeException | IllegalArgumentException ex) {
				// not this key: try the previous one
			}
		}
		throw CallbackRejected.unreadable("无法解密消息，请核对 EncodingAESKey。");
	}

	/** The reply, encrypted with the key the message came with, as WeChat expects it. */
	String encrypt(Decrypted message, String replyXml) {
		return message.key().encrypt(replyXml);
	}

	private void add(WechatProperties properties, String aesKey, String name) {
		if (!StringUtils.hasText(aesKey)) {
			return;
		}
		String key = aesKey.strip();
		if (key.length() != 43 || decodedLength(key) != 32) {
			throw new IllegalStateException(name + " must be the 43-character EncodingAESKey of the account");
		}
		WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
		config.setAppId((properties.appId() != null) ? properties.appId() : "");
		config.setToken(properties.token());
		config.setAesKey(key);
		this.keys.add(new WxMpCryptUtil(config));
	}

	private static int decodedLength(String key) {
		try {
			return Base64.getDecoder().decode(key).length;
		}
		catch (IllegalArgumentException ex) {
			return -1;
		}
	}

	/** A decrypted message and the key that opened it. */
	record Decrypted(String xml, WxMpCryptUtil key) {

		@Override
		public String toString() {
			return "Decrypted[" + this.xml.length() + " chars]";
		}

	}

}
