package cn.jianwu.channel.bulletin.screens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

/**
 * A screen's event stream as a browser's EventSource reads it, without a browser: the JDK
 * HTTP client reads the response line by line, and each event is stamped with the moment
 * its last line arrived.
 */
public final class SseStream implements AutoCloseable {

	private final InputStream body;

	private final BlockingQueue<Event> unread = new LinkedBlockingQueue<>();

	private final List<Event> all = new CopyOnWriteArrayList<>();

	private final HttpResponse<InputStream> response;

	private SseStream(HttpResponse<InputStream> response) {
		this.response = response;
		this.body = response.body();
		Thread reader = new Thread(this::read, "sse-reader");
		reader.setDaemon(true);
		reader.start();
	}

	public static SseStream open(String url, String lastEventId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		try {
			HttpResponse<InputStream> response = HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			return new SseStream(response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<InputStream> response() {
		return this.response;
	}

	/** Waits for the next event matching the test, skipping the others. */
	public Event await(Predicate<Event> wanted, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (true) {
				long left = deadline - System.nanoTime();
				Event event = this.unread.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
				if (event == null) {
					throw new AssertionError("No matching event within " + timeout + "; received: " + names());
				}
				if (wanted.test(event)) {
					return event;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Event await(String name, Duration timeout) {
		return await((event) -> event.name().equals(name), timeout);
	}

	/** Every event received so far, the skipped ones included. */
	public List<Event> all() {
		return List.copyOf(this.all);
	}

	private List<String> names() {
		return this.all.stream().map(Event::name).toList();
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(this.body, StandardCharsets.UTF_8))) {
			String name = "message";
			String id = null;
			List<String> data = new ArrayList<>();
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isEmpty()) {
					if (!data.isEmpty()) {
						Event event = new Event(name, id, String.join("\n", data), System.nanoTime());
						this.all.add(event);
						this.unread.add(event);
					}
					name = "message";
					data = new ArrayList<>();
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).strip();
				}
				else if (line.startsWith("id:")) {
					id = line.substring(3).strip();
				}
				else if (line.startsWith("data:")) {
					data.add(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
				}
			}
		}
		catch (IOException ex) {
			// closed by the test, or by the server
		}
	}

	@Override
	public void close() {
		try {
			this.body.close();
		}
		catch (IOException ex) {
			// already gone
		}
	}

	/**
	 * One event.
	 *
	 * @param receivedAt {@link System#nanoTime()} when it had arrived in full
	 */
	public record Event(String name, String id, String data, long receivedAt) {

		public DocumentContext json() {
			return JsonPath.parse(this.data);
		}

		public boolean isAbout(String itemId) {
			return this.data.contains("\"" + itemId + "\"");
		}

	}

}
