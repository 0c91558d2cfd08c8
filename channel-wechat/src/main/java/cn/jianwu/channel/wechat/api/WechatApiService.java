package cn.jianwu.channel.wechat.api;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.util.http.RequestExecutor;
import me.chanjar.weixin.mp.api.impl.WxMpServiceHttpClientImpl;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;

/**
 * WxJava's official-account service with two changes that matter when several instances
 * share one token and the dispatcher owns retries:
 * <ul>
 * <li>one call is one request: WxJava would sleep and resend on "system busy" (-1) up to
 * five times inside the call, past the dispatcher's time limit; the dispatcher's
 * Resilience4j retry backs off instead. WxJava's one token refresh and retry on an
 * invalid token (40001, 40014, 42001) stays.</li>
 * <li>the token is looked at again after the lock is taken, so an instance that waited
 * for another's refresh uses that token instead of fetching (and invalidating) one more.
 * </li>
 * </ul>
 */
public class WechatApiService extends WxMpServiceHttpClientImpl implements AutoCloseable {

	private static final long TOKEN_LOCK_WAIT_MILLIS = 3000;

	@Override
	public <T, E> T execute(RequestExecutor<T, E> executor, String uri, E data) throws WxErrorException {
		return executeInternal(executor, uri, data, false);
	}

	@Override
	public String getAccessToken(boolean forceRefresh) throws WxErrorException {
		WxMpConfigStorage storage = getWxMpConfigStorage();
		if (!forceRefresh && !storage.isAccessTokenExpired()) {
			return storage.getAccessToken();
		}
		Lock lock = storage.getAccessTokenLock();
		boolean locked;
		try {
			locked = lock.tryLock(TOKEN_LOCK_WAIT_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WxErrorException(new IOException("interrupted while waiting for the access_token lock", ex));
		}
		if (!locked) {
			if (!storage.isAccessTokenExpired()) {
				return storage.getAccessToken();
			}
			throw new WxErrorException(new IOException("another instance is still refreshing the access_token"));
		}
		try {
			if (!forceRefresh && !storage.isAccessTokenExpired()) {
				return storage.getAccessToken();
			}
			String response = storage.isStableAccessToken() ? doGetStableAccessTokenRequest(forceRefresh)
					: doGetAccessTokenRequest();
			return extractAccessToken(response);
		}
		catch (IOException ex) {
			throw new WxErrorException(ex);
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public void close() throws IOException {
		if (getRequestHttpClient() != null) {
			getRequestHttpClient().close();
		}
	}

}
