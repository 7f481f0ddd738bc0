/** opencc-js ships its dictionaries (its "./*" export) without types: "from to|from to|…". */
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
