-- The ETag of the first response: a replayed create hands the client the same version to send in If-Match.
alter table idempotency_record add column etag varchar(200);
