package cn.jianwu.disclosure.identity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.jianwu.disclosure.api.identity.TokenRequest;
import cn.jianwu.disclosure.api.identity.TokenResponse;
import cn.jianwu.disclosure.identity.TokenIssuer.IssuedToken;
import cn.jianwu.disclosure.workflow.StaffCapabilities;
import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.web.FailurePacing;
import cn.jianwu.platform.web.Problems;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

	private final ClientAddresses clients;

	private final FailurePacing pacing;

	TokenController(StaffLogin login, SigningKeys keys, ClientAddresses clients, FailurePacing pacing) {
		this.login = login;
		this.keys = keys;
		this.clients = clients;
		this.pacing = pacing;
	}

	/**
	 * Answers a token (200), the one refusal (401) or, for a client that failed too
	 * often, 429 with {@code Retry-After}. The answer is held while the account is under
	 * attack (a few seconds at most, see {@link LoginPacing}) without holding a request
	 * thread.
	 */
	@PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "200", description = "A token",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenResponse.class)))
	@ApiResponse(responseCode = "401",
			description = "Unknown username, wrong password or disabled account, all alike (Problem Details)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429",
			description = "This client failed too often: try again after Retry-After seconds (Problem Details)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	CompletableFuture<ResponseEntity<Object>> token(@RequestBody TokenRequest request, HttpServletRequest http) {
		long arrived = System.nanoTime();
		LoginOutcome outcome = this.login.login(request.username(), request.password(), this.clients.clientKey(http));
		if (outcome instanceof LoginOutcome.Throttled throttled) {
			return CompletableFuture.completedFuture(throttled(throttled));
		}
		if (outcome instanceof LoginOutcome.Issued issued) {
			return this.pacing.notBefore(arrived + issued.hold().toNanos(), issued(issued.token()));
		}
		return this.pacing.notBefore(arrived + ((LoginOutcome.Refused) outcome).hold().toNanos(), invalidCredentials());
	}

	@GetMapping(path = "/api/auth/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(this.keys.publicKeys().toJSONObject(true));
	}

	private static ResponseEntity<Object> issued(IssuedToken token) {
		StaffAccount account = token.account();
		TokenResponse body = new TokenResponse(token.value(), "Bearer", token.ttl().toSeconds(),
				account.roles().stream().sorted().toList(), account.username(), account.displayName(),
				account.department(), StaffCapabilities.of(account.roles()),
				StaffCapabilities.decidesAt(account.roles()));
		// RFC 6749 5.1: token answers are never cached.
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.header("Pragma", "no-cache")
			.body(body);
	}

	private static ResponseEntity<Object> invalidCredentials() {
		ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials", "用户名或密码错误",
				"用户名或密码错误。多次输错后，需等待一段时间才能再次尝试。");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.cacheControl(CacheControl.noStore())
			.body(problem);
	}

	private static ResponseEntity<Object> throttled(LoginOutcome.Throttled throttled) {
		long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "login-throttled", "登录尝试过于频繁",
				"登录失败次数过多，请 " + seconds + " 秒后再试。");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem);
	}

}
