export default defineContentScript({
  registration: 'runtime',
  main() {
    return { title: document.title };
  },
});
