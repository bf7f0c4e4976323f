package org.kliping.capture;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collected up to a size, refused as soon as it is known to be larger (by its Content-Length or
 * while it arrives), so a huge download is never held in memory. Bodies of answers other than 2xx are not read.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body is larger than allowed. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("body too large", null, false, false);
        }
    }

    private final long max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private LimitedBody(long max) {
        this.max = max;
    }

    static HttpResponse.BodySubscriber<byte[]> forResponse(HttpResponse.ResponseInfo info, long max) {
        if (info.statusCode() < 200 || info.statusCode() > 299) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
        LimitedBody body = new LimitedBody(max);
        if (declared > max) body.result.completeExceptionally(new TooLarge());
        return body;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) s.cancel();
        else s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer b : items) {
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        if (bytes.size() > max) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge());
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
