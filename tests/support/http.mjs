// A response as the tests inspect it: status, headers, the raw text and its JSON (or null).

export async function readReply(res) {
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: res.status, headers: res.headers, json, text };
}
