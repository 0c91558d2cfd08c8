package cn.jianwu.disclosure.identity;

import java.time.Duration;
import java.util.Map;

import cn.jianwu.disclosure.api.identity.TokenRequest;
import cn.jianwu.disclosure.api.identity.TokenResponse;
import cn.jianwu.disclosure.identity.TokenIssuer.IssuedToken;
import cn.jianwu.disclosure.workflow.StaffCapabilities;
import cn.jianwu.platform.web.Problems;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The built-in issuer's endpoints: the login ({@code POST /api/auth/token}) and the
 * public keys that every service checks tokens with ({@code GET /api/auth/jwks}). Off
 * when an institution's OIDC provider issues the tokens
 * ({@code jianwu.identity.enabled=false}).
 */
@RestController
@ConditionalOnBooleanProperty(name = "jianwu.identity.enabled", matchIfMissing = true)
class TokenController {

	private final StaffLogin login;

	private final SigningKeys keys;

	private final IdentityProperties properties;

	TokenController(StaffLogin login, SigningKeys keys, IdentityProperties properties) {
		this.login = login;
		this.keys = keys;
		this.properties = properties;
	}

	@PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TokenResponse> token(@RequestBody TokenRequest request) {
		IssuedToken token = this.login.login(request.username(), request.password());
		StaffAccount account = token.account();
		TokenResponse body = new TokenResponse(token.value(), "Bearer", token.ttl().toSeconds(),
				account.roles().stream().sorted().toList(), account.username(), account.displayName(),
				account.department(), StaffCapabilities.of(account.roles()),
				StaffCapabilities.decidesAt(account.roles()));
		// RFC 6749 5.1: token answers are never cached.
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
	}

	@GetMapping(path = "/api/auth/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(this.keys.publicKeys().toJSONObject(true));
	}

	@ExceptionHandler(InvalidCredentialsException.class)
	ResponseEntity<ProblemDetail> invalidCredentials() {
		ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials", "用户名或密码错误", "用户名或密码错误。连续输错 "
				+ this.properties.maxFailedAttempts() + " 次后，账号将被锁定" + chinese(this.properties.lockDuration()) + "。");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.cacheControl(CacheControl.noStore())
			.body(problem);
	}

	static String chinese(Duration duration) {
		if (duration.toSeconds() % 3600 == 0) {
			return " " + duration.toHours() + " 小时";
		}
		if (duration.toSeconds() % 60 == 0) {
			return " " + duration.toMinutes() + " 分钟";
		}
		return " " + duration.toSeconds() + " 秒";
	}

}
