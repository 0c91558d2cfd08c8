package cn.jianwu.channel.wechat.callback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.jianwu.channel.wechat.WechatProperties;
import cn.jianwu.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The official account's server URL. Every request must carry WeChat's signature over our
 * token; a request without a valid one is refused with 403 before its body is read.
 * {@code GET} is WeChat's check of the URL (answer {@code echostr}); {@code POST} pushes
 * a message or event as XML, in safe mode encrypted ({@code encrypt_type=aes}).
 * <p>
 * A push is refused (403 Problem) when its signed timestamp is outside the window, when
 * an EncodingAESKey is configured and it is not in safe mode (the plain {@code signature}
 * covers no body, so one captured signature would let anyone write any message from any
 * follower), and when its timestamp and nonce were already used. WeChat treats a refusal
 * like any failed push; none of these can come from WeChat itself, except its own
 * re-sending of a push already taken, which needs no second answer.
 */
@RestController
@RequestMapping("/wechat/callback")
class WechatCallbackController {

	private static final Logger log = LoggerFactory.getLogger(WechatCallbackController.class);

	/** WeChat's messages are a few KB; anything much larger is not from WeChat. */
	static final int MAX_BODY_BYTES = 64 * 1024;

	static final String SUCCESS = "success";

	private final WechatProperties properties;

	private final MessageCrypto crypto;

	private final CallbackMessages messages;

	private final CallbackWindow window;

	private final UsedNonces nonces;

	WechatCallbackController(WechatProperties properties, MessageCrypto crypto, CallbackMessages messages,
			CallbackWindow window, UsedNonces nonces) {
		this.properties = properties;
		this.crypto = crypto;
		this.messages = messages;
		this.window = window;
		this.nonces = nonces;
	}

	@GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
	String verifyUrl(@RequestParam(required = false) String signature, @RequestParam(required = false) String timestamp,
			@RequestParam(required = false) String nonce, @RequestParam(required = false) String echostr) {
		verify(signature, timestamp, nonce);
		if (echostr == null) {
			throw CallbackRejected.unreadable("缺少 echostr 参数。");
		}
		log.info("WeChat checked the server URL");
		return echostr;
	}

	@PostMapping
	ResponseEntity<String> receive(@RequestParam(required = false) String signature,
			@RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
			@RequestParam(name = "encrypt_type", required = false) String encryptType,
			@RequestParam(name = "msg_signature", required = false) String msgSignature, HttpServletRequest request)
			throws IOException {
		verify(signature, timestamp, nonce);
		if (!this.window.contains(timestamp)) {
			throw CallbackRejected.stale();
		}
		boolean safeMode = "aes".equalsIgnoreCase(encryptType);
		if (this.crypto.enabled() && !safeMode) {
			throw CallbackRejected.plainMode();
		}
		String body = read(request);
		MessageCrypto.Decrypted decrypted = null;
		String xml = body;
		if (safeMode) {
			Map<String, String> envelope = CallbackXml.parse(body);
			decrypted = this.crypto.decrypt(msgSignature, timestamp, nonce, envelope.get("Encrypt"));
			xml = decrypted.xml();
		}
		// Claimed only once the push is proven WeChat's, so nobody can spend a nonce in
		// advance.
		if (!this.nonces.firstUse(timestamp, nonce)) {
			throw CallbackRejected.replayed();
		}
		CallbackMessage message = new CallbackMessage(CallbackXml.parse(xml));
		String reply = this.messages.handle(message);
		if (reply == null) {
			return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(SUCCESS);
		}
		String answer = safeMode ? this.crypto.encrypt(decrypted, reply) : reply;
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
			.body(answer);
	}

	@ExceptionHandler(CallbackRejected.class)
	ResponseEntity<ProblemDetail> rejected(CallbackRejected ex) {
		log.warn("WeChat callback refused ({}): {}", ex.status().value(), ex.getMessage());
		return ResponseEntity.status(ex.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(ex.status(), ex.kind(), ex.title(), ex.getMessage()));
	}

	private void verify(String signature, String timestamp, String nonce) {
		if (!this.properties.callbackConfigured()) {
			throw CallbackRejected.notConfigured();
		}
		if (!CallbackSignature.matches(signature, this.properties.token(), timestamp, nonce)) {
			throw CallbackRejected.badSignature();
		}
	}

	private static String read(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw CallbackRejected.tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
			if (body.length > MAX_BODY_BYTES) {
				throw CallbackRejected.tooLarge();
			}
			return new String(body, StandardCharsets.UTF_8);
		}
	}

}
